#!/usr/bin/env escript
-module(net_active_true).
-export([main/1]).
-mode(compile).
%% Exercises: {active, true}: {tcp, S, Data} messages, tcp_closed when the peer closes, recv on an active socket is einval, send after the close

main(_) ->
    {C, A, _L} = pair([binary, {active, true}]),
    ok = gen_tcp:send(C, <<"ping">>),
    receive {tcp, A, D1} -> io:format("server got ~p~n", [D1]) end,
    ok = gen_tcp:send(A, <<"pong">>),
    receive {tcp, C, D2} -> io:format("client got ~p~n", [D2]) end,
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:recv(A, 0, 10)]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    ok = gen_tcp:close(C),
    receive {tcp_closed, S} -> io:format("closed ~p~n", [S =:= A]) end,
    io:format("~p~n", [gen_tcp:send(A, <<"x">>)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [inet:getopts(A, [active])]),
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
