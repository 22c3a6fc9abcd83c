#!/usr/bin/env escript
-module(arith_mul).
-export([main/1]).
-mode(compile).
%% Exercises: * on small ints overflowing into bignums, floats

id(X) -> X.
main(_) ->
    L = [0, 3, -3, 94906265, 94906267, 4294967296, -4294967296, 9007199254740991, 1.5, -0.0],
    [io:format("~p * ~p = ~p~n", [A, B, id(A) * id(B)]) || A <- L, B <- L],
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> X * Acc end, 1, lists:seq(1, 35))]).
