#!/usr/bin/env escript
-module(io_p_width).
-export([main/1]).
-mode(compile).
%% Exercises: ~p with explicit line length ~P depth limits ~W

main(_) ->
    T = [lists:seq(1, 10), {a, b, c, d}, "string"],
    io:format("~P~n", [T, 5]),
    io:format("~W~n", [T, 3]),
    io:format("~40p~n", [lists:seq(1, 30)]),
    io:format("~P~n", [lists:seq(1, 100), 10]).
