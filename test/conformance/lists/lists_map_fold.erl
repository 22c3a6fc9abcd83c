#!/usr/bin/env escript
-module(lists_map_fold).
-export([main/1]).
-mode(compile).
%% Exercises: lists:map, foldl, foldr order of application

main(_) ->
    io:format("~p~n", [lists:map(fun(X) -> {X} end, [a, b])]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> A ++ [X] end, [], [1, 2, 3])]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> A ++ [X] end, [], [1, 2, 3])]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> X - A end, 0, [1, 2, 3, 4])]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> X - A end, 0, [1, 2, 3, 4])]).
