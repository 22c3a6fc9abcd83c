#!/usr/bin/env escript
-module(arith_div_rem_signs).
-export([main/1]).
-mode(compile).
%% Exercises: div and rem with all sign combinations

id(X) -> X.
main(_) ->
    L = [7, -7, 1, -1, 13, -13, 0],
    [io:format("~p div ~p = ~p, ~p rem ~p = ~p~n", [A, B, id(A) div id(B), A, B, id(A) rem id(B)])
     || A <- L, B <- [2, -2, 3, -3, 7, 1]].
