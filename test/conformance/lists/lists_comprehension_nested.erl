#!/usr/bin/env escript
-module(lists_comprehension_nested).
-export([main/1]).
-mode(compile).
%% Exercises: nested comprehensions and comprehensions producing lists of lists

main(_) ->
    M = [[R * C || C <- lists:seq(1, 4)] || R <- lists:seq(1, 3)],
    io:format("~p~n", [M]),
    T = [[lists:nth(R, Row) || Row <- M] || R <- lists:seq(1, 4)],
    io:format("~p~n", [T]),
    io:format("~p~n", [[X || L <- M, X <- L, X > 6]]).
