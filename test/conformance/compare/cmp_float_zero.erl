#!/usr/bin/env escript
-module(cmp_float_zero).
-export([main/1]).
-mode(compile).
%% Exercises: comparisons involving 0.0 and -0.0

id(X) -> X.
main(_) ->
    Z = id(0.0), N = id(-0.0),
    io:format("~w~n", [[Z == N, Z =:= N, Z < N, N < Z, Z == 0, N == 0, Z =:= 0]]),
    io:format("~p~n", [lists:sort([0, N, Z, -0, id(0)])]),
    io:format("~p~n", [lists:usort([N, Z])]).
