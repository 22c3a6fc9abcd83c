#!/usr/bin/env escript
-module(arith_float_rounding_print).
-export([main/1]).
-mode(compile).
%% Exercises: float values needing 17 significant digits

main(_) ->
    L = [0.1 * 3, 1 / 3, 2 / 3, 100 / 3, 1.0e23, 9.007199254740993e15, 4.35, 0.07, 1.0e-7,
         123.456e-300, 1.7976931348623157e308 / 3],
    [io:format("~p ~w~n", [X, X]) || X <- L].
