#!/usr/bin/env escript
-module(match_fun_clause_error).
-export([main/1]).
-mode(compile).
%% Exercises: no matching fun clause raises function_clause

id(X) -> X.
main(_) ->
    F = fun(1) -> one end,
    try F(id(2)) catch error:R -> io:format("~p~n", [R]) end,
    G = fun({ok, V}) -> V end,
    try G(id(error)) catch C:R2 -> io:format("~p ~p~n", [C, R2]) end.
