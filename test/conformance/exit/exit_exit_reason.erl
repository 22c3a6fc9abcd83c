#!/usr/bin/env escript
-module(exit_exit_reason).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught exit/1 with a non-normal reason

id(X) -> X.
main(_) -> exit(id(shutdown_requested)).
