#!/usr/bin/env escript
-module(maps_get_3_and_merge_with).
-export([main/1]).
-mode(compile).
%% Exercises: maps:get/3 defaults, maps:merge_with, maps:groups_from_list if present

main(_) ->
    io:format("~p~n", [maps:merge_with(fun(_, A, B) -> A + B end, #{a => 1, b => 2}, #{b => 10, c => 20})]),
    io:format("~p~n", [maps:get(x, #{}, {default, value})]),
    io:format("~p~n", [maps:from_keys([a, b, c], 0)]),
    io:format("~p~n", [maps:intersect(#{a => 1, b => 2}, #{b => 3, c => 4})]).
