#!/usr/bin/env escript
-module(net_active_n).
-export([main/1]).
-mode(compile).
%% Exercises: {active, N}: N messages then {tcp_passive, S}; counters add up; {active, 0} is passive at once

main(_) ->
    {C, A, _L} = pair([binary, {active, false}, {packet, 1}]),
    [ok = gen_tcp:send(C, integer_to_list(I)) || I <- lists:seq(1, 6)],
    ok = inet:setopts(A, [{active, 2}]),
    io:format("~p~n", [flush()]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    ok = inet:setopts(A, [{active, 1}]),
    ok = inet:setopts(A, [{active, 2}]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    io:format("~p~n", [flush()]),
    ok = inet:setopts(A, [{active, 5}]),
    ok = inet:setopts(A, [{active, -2}]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    io:format("~p~n", [flush()]),
    ok = inet:setopts(A, [{active, 3}]),
    ok = inet:setopts(A, [{active, -3}]),
    io:format("~p~n", [inet:getopts(A, [active])]),
    io:format("~p~n", [flush()]),
    io:format("~p~n", [inet:setopts(A, [{active, 40000}])]),
    io:format("~p~n", [inet:setopts(A, [{active, -40000}])]),
    io:format("~p~n", [inet:setopts(A, [{active, maybe}])]).

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
