#!/usr/bin/env escript
-module(exit_badfun).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught badfun

id(X) -> X.
main(_) -> (id(not_fun))(1).
