#!/usr/bin/env escript
-module(case_basic).
-export([main/1]).
-mode(compile).
%% Exercises: case expression selecting clauses

id(X) -> X.
c(X) -> case X of 1 -> one; 2 -> two; _ -> many end.
main(_) -> io:format("~p~n", [[c(id(X)) || X <- [1, 2, 3, 1.0]]]).
