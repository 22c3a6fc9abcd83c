#!/usr/bin/env escript
-module(exc_nocatch_throw_in_catch).
-export([main/1]).
-mode(compile).
%% Exercises: throw caught by catch returns the value; nocatch shape under try

id(X) -> X.
main(_) ->
    io:format("~p~n", [catch throw(id({a, b}))]),
    io:format("~p~n", [try throw(id(x)) catch Class:Reason -> {Class, Reason} end]).
