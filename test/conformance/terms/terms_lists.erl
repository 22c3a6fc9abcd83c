#!/usr/bin/env escript
-module(terms_lists).
-export([main/1]).
-mode(compile).
%% Exercises: proper and improper lists

main(_) ->
    L = [[], [a], [a, b], [a | b], [a, b | c], [[[]]], [1 | [2 | [3 | []]]], [[a | b] | c],
         [{}, [], "", <<>>], [$a | b], ["abc" | "def"], [1, 2 | 3.5]],
    [io:format("~p ~w~n", [X, X]) || X <- L],
    io:format("~p~n", [length([a, b, c])]).
