#!/usr/bin/env escript
-module(arith_int_float_compare_math).
-export([main/1]).
-mode(compile).
%% Exercises: integer vs float arithmetic identities

id(X) -> X.
main(_) ->
    io:format("~p~n", [id(6) / 3 == 2]),
    io:format("~p~n", [id(6) / 3 =:= 2]),
    io:format("~p~n", [id(6) div 3 =:= 2]),
    io:format("~p~n", [id(7) rem 3 + (7 div 3) * 3]),
    io:format("~p~n", [id(2) * 0.5 == 1]),
    io:format("~p~n", [trunc(id(1.0e15)) + 1]),
    io:format("~p~n", [[X div 10 || X <- [99, -99, 100, -100, 5, -5]]]),
    io:format("~p~n", [[X rem 10 || X <- [99, -99, 100, -100, 5, -5]]]).
