#!/usr/bin/env escript
-module(cmp_guards).
-export([main/1]).
-mode(compile).
%% Exercises: comparisons in guards including mixed types

cls(X) when X < 0 -> negative;
cls(X) when X == 0 -> zero;
cls(X) when is_number(X) -> positive;
cls(X) when X < [] -> below_nil;
cls(_) -> other.
main(_) ->
    io:format("~p~n", [[cls(X) || X <- [-1, -0.5, 0, 0.0, 3, a, {}, #{}, [], "x", <<>>]]]).
