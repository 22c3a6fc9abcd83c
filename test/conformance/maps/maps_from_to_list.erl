#!/usr/bin/env escript
-module(maps_from_to_list).
-export([main/1]).
-mode(compile).
%% Exercises: maps:from_list, to_list, keys, values ordering

main(_) ->
    M = maps:from_list([{c, 3}, {a, 1}, {b, 2}, {a, 10}]),
    io:format("~p~n", [M]),
    io:format("~p~n", [maps:to_list(M)]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [maps:values(M)]),
    N = maps:from_list([{I, I * I} || I <- lists:seq(10, 1, -1)]),
    io:format("~p~n", [maps:to_list(N)]),
    io:format("~p~n", [lists:sort(maps:keys(N))]).
