#!/usr/bin/env escript
-module(exit_if_clause).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught if_clause

id(X) -> X.
main(_) -> X = id(0), if X > 0 -> pos end.
