#!/usr/bin/env escript
-module(net_active_once).
-export([main/1]).
-mode(compile).
%% Exercises: {active, once}: one message, then passive until setopts again; data sent meanwhile waits in the socket

main(_) ->
    {C, A, _L} = pair([binary, {active, once}, {packet, 2}]),
    ok = gen_tcp:send(C, <<"one">>),
    ok = gen_tcp:send(C, <<"two">>),
    ok = gen_tcp:send(C, <<"three">>),
    receive {tcp, A, D1} -> io:format("~p~n", [D1]) end,
    io:format("~p~n", [inet:getopts(A, [active])]),
    io:format("~p~n", [flush()]),
    ok = inet:setopts(A, [{active, once}]),
    receive {tcp, A, D2} -> io:format("~p~n", [D2]) end,
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    ok = inet:setopts(A, [{active, once}]),
    io:format("~p~n", [flush()]),
    ok = gen_tcp:close(C),
    receive {tcp_closed, A} -> io:format("closed~n") end,
    io:format("~p~n", [flush()]).

pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | Opts]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, Opts),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.

flush() ->
    receive M -> [noport(M) | flush()] after 50 -> [] end.

%% Ports differ from run to run: a socket in a message prints as 'S'.
noport(T) when is_port(T) -> 'S';
noport(T) when is_tuple(T) -> list_to_tuple([noport(X) || X <- tuple_to_list(T)]);
noport(T) -> T.
