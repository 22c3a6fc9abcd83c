#!/usr/bin/env escript
-module(exit_exit_normal).
-export([main/1]).
-mode(compile).
%% Exercises: exit(normal) from main

id(X) -> X.
main(_) -> io:format("exiting normally~n"), exit(id(normal)).
