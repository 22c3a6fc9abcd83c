#!/usr/bin/env escript
-module(lists_flatten_append).
-export([main/1]).
-mode(compile).
%% Exercises: flatten, flatten/2, append/1,2, concat

main(_) ->
    io:format("~p~n", [lists:flatten([1, [2, [3, [4, []]]], [[[5]]]])]),
    io:format("~p~n", [lists:flatten([a, [b]], [c])]),
    io:format("~p~n", [lists:append([[1], [2, 3], [], [4]])]),
    io:format("~p~n", [lists:append("ab", "cd")]),
    io:format("~p~n", [lists:concat([a, "b", 1, 2.5])]),
    io:format("~p~n", [lists:flatlength([1, [2, [3]]])]).
