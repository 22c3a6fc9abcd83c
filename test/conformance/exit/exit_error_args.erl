#!/usr/bin/env escript
-module(exit_error_args).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught error/2 reports the arguments

id(X) -> X.
f(A, B) -> erlang:error(bad_input, [A, B]).
main(_) -> f(id(x), id(42)).
