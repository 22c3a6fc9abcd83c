#!/usr/bin/env escript
-module(exit_deep_stack).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught error from deep within local calls

id(X) -> X.
a(X) -> b(X) + 1.
b(X) -> c(X) * 2.
c(X) -> X / id(0).
main(_) -> io:format("~p~n", [a(id(10))]).
