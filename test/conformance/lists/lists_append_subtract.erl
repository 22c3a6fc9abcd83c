#!/usr/bin/env escript
-module(lists_append_subtract).
-export([main/1]).
-mode(compile).
%% Exercises: ++ and -- operators, badarg on improper

id(X) -> X.
main(_) ->
    io:format("~p~n", [[1, 2] ++ [3] ++ []]),
    io:format("~p~n", [[] ++ id(not_a_list)]),
    io:format("~p~n", [[a] ++ id(b)]),
    io:format("~p~n", [[1, 2, 3, 2, 1] -- [2, 1]]),
    io:format("~p~n", [[1, 2, 1.0] -- [1.0]]),
    io:format("~p~n", ["hello" -- "l"]),
    io:format("~p~n", [try id(x) ++ [1] catch error:R -> R end]),
    io:format("~p~n", [try [1 | id(2)] -- [1] catch error:R2 -> R2 end]),
    io:format("~p~n", [try [1] -- id(a) catch error:R3 -> R3 end]).
