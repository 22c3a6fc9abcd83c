#!/usr/bin/env escript
-module(match_numbers).
-export([main/1]).
-mode(compile).
%% Exercises: integer vs float literal patterns do not cross-match

f(1) -> int_one;
f(1.0) -> float_one;
f(0.0) -> zero_float;
f(0) -> zero_int;
f(_) -> other.
main(_) ->
    io:format("~p~n", [[f(X) || X <- [1, 1.0, 0, 0.0, -0.0, 2]]]).
