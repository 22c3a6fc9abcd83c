#!/usr/bin/env escript
-module(net_exit_on_close).
-export([main/1]).
-mode(compile).
%% Exercises: {exit_on_close, false}: after the peer closes, tcp_closed (active) or {error, closed} (passive) but the socket stays open for sending until closed

main(_) ->
    {C, A, _L} = pair([binary, {active, true}, {exit_on_close, false}]),
    ok = gen_tcp:close(C),
    receive {tcp_closed, A} -> io:format("tcp_closed~n") end,
    io:format("~p~n", [gen_tcp:send(A, <<"x">>)]),
    io:format("~p~n", [inet:getopts(A, [active, exit_on_close])]),
    io:format("~p~n", [erlang:port_info(A, name)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    ok = inet:setopts(A, [{active, false}]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    ok = gen_tcp:close(A),
    {C2, A2, _} = pair([binary, {active, false}, {exit_on_close, false}]),
    ok = gen_tcp:send(C2, <<"last words">>),
    ok = gen_tcp:shutdown(C2, write),
    io:format("~p~n", [gen_tcp:recv(A2, 0)]),
    io:format("~p~n", [gen_tcp:recv(A2, 0)]),
    io:format("~p~n", [gen_tcp:recv(A2, 0)]),
    io:format("~p~n", [gen_tcp:send(A2, <<"answer">>)]),
    io:format("~p~n", [gen_tcp:recv(C2, 0)]),
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
