#!/usr/bin/env escript
-module(net_passive_close).
-export([main/1]).
-mode(compile).
%% Exercises: passive socket after the peer closes: data first, then {error, closed} once, then enotconn; send and peername after that; setopts active delivers tcp_closed

main(_) ->
    {C, A, _L} = pair([binary, {active, false}]),
    ok = gen_tcp:send(C, <<"abcdef">>),
    ok = gen_tcp:close(C),
    io:format("~p~n", [gen_tcp:recv(A, 4)]),
    io:format("~p~n", [gen_tcp:recv(A, 4)]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [gen_tcp:send(A, <<"x">>)]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    io:format("~p~n", [inet:peername(A)]),
    io:format("~p~n", [inet:setopts(A, [{active, true}])]),
    io:format("~p~n", [flush()]),
    io:format("~p~n", [gen_tcp:recv(A, 0)]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    {C2, A2, _} = pair([binary, {active, false}, {packet, line}]),
    ok = gen_tcp:send(C2, <<"l1\nl2\npartial">>),
    ok = gen_tcp:close(C2),
    io:format("~p~n", [[gen_tcp:recv(A2, 0) || _ <- [1, 2, 3, 4]]]),
    {C3, A3, _} = pair([binary, {active, true}, {packet, line}]),
    ok = gen_tcp:send(C3, <<"l1\nl2\npartial">>),
    ok = gen_tcp:close(C3),
    receive {tcp_closed, A3} -> ok end,
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
