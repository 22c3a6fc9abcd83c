#!/usr/bin/env escript
-module(net_list_mode).
-export([main/1]).
-mode(compile).
%% Exercises: list mode (the default), switching mode with setopts, {mode, _} in getopts

main(_) ->
    {C, A, _L} = pair([{active, false}]),
    ok = gen_tcp:send(C, "abc"),
    io:format("~p~n", [gen_tcp:recv(A, 3)]),
    io:format("~p~n", [inet:getopts(A, [mode])]),
    ok = inet:setopts(A, [binary]),
    ok = gen_tcp:send(C, [1, 2, <<3>>]),
    io:format("~p~n", [gen_tcp:recv(A, 3)]),
    io:format("~p~n", [inet:getopts(A, [mode])]),
    ok = inet:setopts(A, [{mode, list}]),
    ok = gen_tcp:send(C, <<200, 255, 0>>),
    io:format("~p~n", [gen_tcp:recv(A, 3)]),
    ok = inet:setopts(C, [list, {active, true}]),
    ok = gen_tcp:send(A, "done"),
    receive {tcp, S, D} -> io:format("~p ~p~n", [S =:= C, D]) end,
    io:format("~p~n", [inet:setopts(A, [{mode, text}])]),
    io:format("~p~n", [inet:setopts(A, [bogus])]),
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
