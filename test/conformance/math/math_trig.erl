#!/usr/bin/env escript
-module(math_trig).
-export([main/1]).
-mode(compile).
%% Exercises: trigonometric and hyperbolic functions

id(X) -> X.
main(_) ->
    io:format("~p~n", [[math:sin(0), math:cos(0), math:tan(math:pi() / 4), math:asin(1), math:acos(0.5), math:atan(1)]]),
    io:format("~p~n", [[math:atan2(1, -1), math:sinh(1), math:cosh(1), math:tanh(0.5), math:asinh(1), math:acosh(2), math:atanh(0.5)]]),
    io:format("~p~n", [try math:asin(id(2)) catch error:R -> R end]).
