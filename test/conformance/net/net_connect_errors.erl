#!/usr/bin/env escript
-module(net_connect_errors).
-export([main/1]).
-mode(compile).
%% Exercises: gen_tcp:connect errors: econnrefused, nxdomain, bad options and arguments exit badarg, a connect timeout of 0 to a live listener

main(_) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}}]),
    {ok, P} = inet:port(L),
    ok = gen_tcp:close(L),
    io:format("~p~n", [gen_tcp:connect({127,0,0,1}, P, [])]),
    io:format("~p~n", [gen_tcp:connect("127.0.0.1", P, [], 1000)]),
    io:format("~p~n", [gen_tcp:connect(localhost, P, [binary])]),
    io:format("~p~n", [gen_tcp:connect("no-such-host.invalid", 80, [])]),
    io:format("~p~n", [gen_tcp:connect('no-such-host.invalid', 80, [])]),
    io:format("~p~n", [catch gen_tcp:connect({127,0,0,1}, P, [{active, maybe}])]),
    io:format("~p~n", [catch gen_tcp:connect({127,0,0,1}, P, [bogus])]),
    io:format("~p~n", [catch gen_tcp:connect({127,0,0,1}, P, [{packet, 3}])]),
    {ok, L2} = gen_tcp:listen(0, [{ip, {127,0,0,1}}]),
    {ok, P2} = inet:port(L2),
    {ok, C} = gen_tcp:connect("localhost", P2, [{active, false}], 5000),
    {ok, A} = gen_tcp:accept(L2, 1000),
    ok = gen_tcp:send(C, "via name"),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [flush()]).

flush() ->
    receive M -> [noport(M) | flush()] after 50 -> [] end.

%% Ports differ from run to run: a socket in a message prints as 'S'.
noport(T) when is_port(T) -> 'S';
noport(T) when is_tuple(T) -> list_to_tuple([noport(X) || X <- tuple_to_list(T)]);
noport(T) -> T.
