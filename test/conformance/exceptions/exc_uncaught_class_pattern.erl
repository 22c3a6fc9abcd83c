#!/usr/bin/env escript
-module(exc_uncaught_class_pattern).
-export([main/1]).
-mode(compile).
%% Exercises: unmatched catch clause lets the exception propagate

id(X) -> X.
f() -> try throw(id(x)) catch error:_ -> wrong end.
main(_) ->
    io:format("~p~n", [try f() catch throw:X -> {propagated, X} end]).
