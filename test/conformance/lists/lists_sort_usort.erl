#!/usr/bin/env escript
-module(lists_sort_usort).
-export([main/1]).
-mode(compile).
%% Exercises: sort, usort, merge, sort/2

main(_) ->
    io:format("~p~n", [lists:sort([c, 3, "b", {a}, 1.0, [], b])]),
    io:format("~p~n", [lists:usort([3, 1, 2, 3, 1, 2.0])]),
    io:format("~p~n", [lists:merge([1, 3, 5], [2, 4, 6])]),
    io:format("~p~n", [lists:umerge([1, 2, 3], [2, 3, 4])]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A > B end, [3, 1, 2])]).
