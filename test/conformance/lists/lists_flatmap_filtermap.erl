#!/usr/bin/env escript
-module(lists_flatmap_filtermap).
-export([main/1]).
-mode(compile).
%% Exercises: flatmap, filtermap, mapfoldl, mapfoldr

main(_) ->
    io:format("~p~n", [lists:flatmap(fun(X) -> [X, X] end, [a, b])]),
    io:format("~p~n", [lists:filtermap(fun(X) when X > 2 -> {true, X * 10}; (X) -> X =:= 1 end, [1, 2, 3, 4])]),
    io:format("~p~n", [lists:mapfoldl(fun(X, A) -> {X + A, A + 1} end, 0, [10, 20, 30])]),
    io:format("~p~n", [lists:mapfoldr(fun(X, A) -> {X + A, A + 1} end, 0, [10, 20, 30])]).
