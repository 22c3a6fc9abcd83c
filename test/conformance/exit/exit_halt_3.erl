#!/usr/bin/env escript
-module(exit_halt_3).
-export([main/1]).
-mode(compile).
%% Exercises: halt(3) sets the exit code

main(_) -> io:format("halting with 3~n"), halt(3).
