#!/usr/bin/env escript
-module(match_in_comprehension).
-export([main/1]).
-mode(compile).
%% Exercises: patterns in generators skip non-matching elements

main(_) ->
    L = [{ok, 1}, error, {ok, 2}, {error, x}, {ok, 3, extra}, {ok, 4}],
    io:format("~p~n", [[X || {ok, X} <- L]]),
    io:format("~p~n", [[X || {_, X} <- L]]),
    io:format("~p~n", [[B || <<B:4>> <= <<16#ABCD:16>>]]),
    io:format("~p~n", [[{K, V} || [K, V] <- [[a, 1], [b], [c, 3], d]]]).
