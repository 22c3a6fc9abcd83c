#!/usr/bin/env escript
-module(lists_perms_qsort).
-export([main/1]).
-mode(compile).
%% Exercises: classic list algorithms: quicksort, permutations

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).
perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
main(_) ->
    io:format("~p~n", [qsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]),
    io:format("~p~n", [perms([a, b, c])]),
    io:format("~p~n", [length(perms([1, 2, 3, 4, 5, 6]))]).
