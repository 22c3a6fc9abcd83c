#!/usr/bin/env escript
-module(exc_stacktrace_local_call_line).
-export([main/1]).
-mode(compile).
%% Exercises: line numbers in stack entries for multi-line functions

id(X) -> X.
f(X) ->
    A = id(X),
    B = A + 1,
    C = {B},
    element(3,
            C).
main(_) ->
    try f(1) catch error:R:S -> io:format("~p ~p~n", [R, lists:sublist(S, 2)]) end.
