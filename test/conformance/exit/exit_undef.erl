#!/usr/bin/env escript
-module(exit_undef).
-export([main/1]).
-mode(compile).
%% Exercises: calling an undefined function

id(X) -> X.
main(_) -> (id(nonexistent_mod_conf)):go(1, "two").
