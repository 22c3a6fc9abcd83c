#!/usr/bin/env escript
-module(cmp_lists).
-export([main/1]).
-mode(compile).
%% Exercises: lists compare element-wise; shorter prefix first

main(_) ->
    L = [[b], [a, b], [a], [], [a | b], [a, a], "abc", "abd", "ab", [1, 2], [1.0, 2], [[]], [{}]],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~w~n", [[[1] < [1, 0], [2] > [1, 9], [a | b] < [a | c], [a] < [a | b], [1, 2] == [1.0, 2]]]).
