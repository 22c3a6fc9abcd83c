#!/usr/bin/env escript
-module(exit_function_clause).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught function_clause shows the call arguments

id(X) -> X.
f(1) -> one.
main(_) -> f(id(2)).
