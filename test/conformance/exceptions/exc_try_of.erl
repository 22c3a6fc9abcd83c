#!/usr/bin/env escript
-module(exc_try_of).
-export([main/1]).
-mode(compile).
%% Exercises: try ... of ... catch, exceptions in of clauses are not caught

id(X) -> X.
f(X) ->
    try id(X) of
        1 -> one;
        2 -> throw(from_of);
        N -> N * 10
    catch
        throw:T -> {caught, T}
    end.
main(_) ->
    io:format("~p~n", [f(1)]),
    io:format("~p~n", [f(3)]),
    io:format("~p~n", [catch f(2)]),
    io:format("~p~n", [try f(2) catch throw:X -> {outer, X} end]).
