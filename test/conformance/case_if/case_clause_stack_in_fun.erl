#!/usr/bin/env escript
-module(case_clause_stack_in_fun).
-export([main/1]).
-mode(compile).
%% Exercises: case_clause raised inside a named helper called from a fun

id(X) -> X.
pick(X) -> case X of ok -> fine end.
main(_) ->
    F = fun(Y) -> pick(Y) end,
    try F(id(bad)) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end.
