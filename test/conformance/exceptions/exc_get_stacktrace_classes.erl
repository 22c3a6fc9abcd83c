#!/usr/bin/env escript
-module(exc_get_stacktrace_classes).
-export([main/1]).
-mode(compile).
%% Exercises: stacktrace variable for throw and exit too

id(X) -> X.
t() -> throw(id(tt)).
x() -> exit(id(xx)).
main(_) ->
    try t() catch throw:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    try x() catch exit:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)]) end.
