#!/usr/bin/env escript
-module(maps_comprehension_like).
-export([main/1]).
-mode(compile).
%% Exercises: building maps from lists with folds and comprehensions

main(_) ->
    Words = ["a", "b", "a", "c", "b", "a"],
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    io:format("~p~n", [Counts]),
    io:format("~p~n", [maps:from_list([{X, X * 2} || X <- lists:seq(1, 5)])]),
    io:format("~p~n", [lists:sort([{V, K} || {K, V} <- maps:to_list(Counts)])]).
