#!/usr/bin/env escript
-module(lists_seq).
-export([main/1]).
-mode(compile).
%% Exercises: lists:seq/2,3 including empty and negative steps, errors

main(_) ->
    io:format("~p~n", [[lists:seq(1, 5), lists:seq(5, 1, -1), lists:seq(1, 10, 3), lists:seq(1, 0), lists:seq(0, 10, 5)]]),
    io:format("~p~n", [try lists:seq(1, -5) catch error:R -> R end]),
    io:format("~p~n", [try lists:seq(1, 5, 0) catch error:R2 -> R2 end]).
