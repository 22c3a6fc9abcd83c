#!/usr/bin/env escript
-module(arith_float_div).
-export([main/1]).
-mode(compile).
%% Exercises: / always yields float, division results

id(X) -> X.
main(_) ->
    L = [{1, 2}, {4, 2}, {-7, 2}, {1, 3}, {10, 4.0}, {0, 5}, {1 bsl 70, 2}, {1, 1 bsl 70},
         {22, 7}, {-1, -8}, {3.0, 0.5}, {9007199254740993, 1}],
    [io:format("~p / ~p = ~p~n", [A, B, id(A) / id(B)]) || {A, B} <- L].
