#!/usr/bin/env escript
-module(arith_bsl_bsr).
-export([main/1]).
-mode(compile).
%% Exercises: shifts: left, right, negative amounts, negative operands, big shifts

id(X) -> X.
main(_) ->
    L = [1, -1, 5, -5, 255, -256, 1 bsl 70, -(1 bsl 70) + 3, 0],
    S = [0, 1, 3, 31, 32, 52, 53, 64, 100, -1, -3, -100],
    [io:format("~p bsl ~p = ~p; bsr = ~p~n", [A, N, id(A) bsl id(N), id(A) bsr id(N)]) || A <- L, N <- S].
