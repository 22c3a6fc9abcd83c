#!/usr/bin/env escript
-module(match_equal_binding_order).
-export([main/1]).
-mode(compile).
%% Exercises: variables bound in earlier args used in later arg guards

f(X, X) -> equal;
f(X, Y) when X < Y -> less;
f(_, _) -> greater.
main(_) ->
    io:format("~p~n", [[f(A, B) || A <- [1, 2, 3], B <- [2, 2.0]]]).
