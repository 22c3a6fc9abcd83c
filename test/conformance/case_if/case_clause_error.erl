#!/usr/bin/env escript
-module(case_clause_error).
-export([main/1]).
-mode(compile).
%% Exercises: case_clause error value and stack entry

id(X) -> X.
c(X) -> case X of a -> 1; b -> 2 end.
main(_) ->
    try c(id(z)) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    io:format("~p~n", [try c(id({x, [1]})) catch C:R2 -> {C, R2} end]).
