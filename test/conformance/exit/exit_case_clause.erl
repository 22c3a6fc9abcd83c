#!/usr/bin/env escript
-module(exit_case_clause).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught case_clause

id(X) -> X.
main(_) -> case id(surprise) of expected -> ok end.
