#!/usr/bin/env escript
-module(if_clause_error).
-export([main/1]).
-mode(compile).
%% Exercises: if_clause error and stack entry

id(X) -> X.
f(X) -> if X > 10 -> big; X > 5 -> medium end.
main(_) ->
    io:format("~p~n", [f(id(7))]),
    try f(id(1)) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end.
