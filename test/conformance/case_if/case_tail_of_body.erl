#!/usr/bin/env escript
-module(case_tail_of_body).
-export([main/1]).
-mode(compile).
%% Exercises: value of case is the value of the last expression in the clause

id(X) -> X.
main(_) ->
    V = case id(2) of
            2 -> io:format("side effect~n"), X = 10, X * 2;
            _ -> 0
        end,
    io:format("~p~n", [V]).
