#!/usr/bin/env escript
-module(match_function_clause_error).
-export([main/1]).
-mode(compile).
%% Exercises: function_clause errors and their stack entry

id(X) -> X.
f(1) -> one;
f(2) -> two.
g(X, Y) when X > Y -> gt.
main(_) ->
    try f(id(3)) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    try g(id(1), id(2)) catch error:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)]) end,
    io:format("~p~n", [try f(id(x)) catch C:E -> {C, E} end]).
