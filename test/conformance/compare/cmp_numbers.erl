#!/usr/bin/env escript
-module(cmp_numbers).
-export([main/1]).
-mode(compile).
%% Exercises: integer/float ordering including bignums and mixed

main(_) ->
    L = [3, 2.5, -1, 1 bsl 70, -(1 bsl 70), 1.0e30, -1.0e30, 0, 0.0, 1, 1.0, 9007199254740993, 9007199254740992.0],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~w~n", [[A < B || A <- L, B <- [1, 1.0, 1 bsl 70, 9007199254740992.0]]]),
    io:format("~w~n", [[A >= B || A <- L, B <- [0, 0.0]]]).
