#!/usr/bin/env escript
-module(terms_small_ints).
-export([main/1]).
-mode(compile).
%% Exercises: integer literals, bases, $char, underscores, ~p/~w/~b of small integers

main(_) ->
    L = [0, 1, -1, 42, -42, 1_000_000, 16#ff, 16#FF, 2#1010, 8#777, 36#zz, -16#10, $a, $A, $\n, $\s, $0],
    io:format("~p~n", [L]),
    io:format("~w~n", [L]),
    [io:format("~b ", [X]) || X <- L],
    io:format("~n"),
    io:format("~p ~p~n", [9007199254740991, -9007199254740991]),
    io:format("~p~n", [[X * 3 || X <- L]]).
