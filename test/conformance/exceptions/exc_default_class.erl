#!/usr/bin/env escript
-module(exc_default_class).
-export([main/1]).
-mode(compile).
%% Exercises: catch clause without class matches only throw

id(X) -> X.
f(F) -> try F() catch X -> {caught_throw, X} end.
main(_) ->
    io:format("~p~n", [f(fun() -> throw(id(t)) end)]),
    io:format("~p~n", [try f(fun() -> error(id(e)) end) catch error:E -> {escaped, E} end]),
    io:format("~p~n", [try f(fun() -> exit(id(x)) end) catch exit:E2 -> {escaped, E2} end]).
