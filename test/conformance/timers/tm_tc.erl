#!/usr/bin/env escript
-module(tm_tc).
-export([main/1]).
-mode(compile).
%% Exercises: timer:tc/1,2,3: {Time, Value} with an integer time, the value of the call, exceptions pass through

-export([add/2]).

add(A, B) -> A + B.

main(_) ->
    {T1, V1} = timer:tc(fun() -> lists:seq(1, 5) end),
    io:format("tc/1 ~p ~p~n", [is_integer(T1) andalso T1 >= 0, V1]),
    {T2, V2} = timer:tc(fun(X) -> X * 2 end, [21]),
    io:format("tc/2 ~p ~p~n", [is_integer(T2), V2]),
    {T3, V3} = timer:tc(?MODULE, add, [1, 2]),
    io:format("tc/3 ~p ~p~n", [is_integer(T3), V3]),
    {T4, V4} = timer:tc(fun() -> timer:sleep(20) end),
    io:format("sleep measured ~p ~p~n", [T4 >= 20000, V4]),
    R = try timer:tc(fun() -> error(inside) end) catch C:E -> {C, E} end,
    io:format("~p~n", [R]),
    R2 = try timer:tc(?MODULE, add, [1, a]) catch C2:E2 -> {C2, E2} end,
    io:format("~p~n", [R2]).
