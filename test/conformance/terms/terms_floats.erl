#!/usr/bin/env escript
-module(terms_floats).
-export([main/1]).
-mode(compile).
%% Exercises: float literals and shortest ~p/~w printing

main(_) ->
    L = [0.0, 1.0, -1.0, 0.5, 0.1, 1.5e10, 1.0e-10, 2.5e-5, 123.456, 1.0e15, 1.0e16, 1.0e17,
         123456789.0, 1234567890123456789.0, 3.141592653589793, 2.718281828459045,
         1.7976931348623157e308, 2.2250738585072014e-308, 5.0e-324, 0.30000000000000004],
    [io:format("~p ~w~n", [X, X]) || X <- L],
    io:format("~p~n", [L]).
