#!/usr/bin/env escript
-module(guard_not_xor).
-export([main/1]).
-mode(compile).
%% Exercises: not, and, or, xor in guards

id(X) -> X.
f(X, Y) when not X, Y -> a;
f(X, Y) when X and Y -> b;
f(X, Y) when X xor Y -> c;
f(X, Y) when X or Y -> d;
f(_, _) -> e.
main(_) -> io:format("~p~n", [[f(id(X), id(Y)) || X <- [true, false], Y <- [true, false]] ++ [f(id(1), id(2))]]).
