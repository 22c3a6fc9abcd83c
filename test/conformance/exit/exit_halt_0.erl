#!/usr/bin/env escript
-module(exit_halt_0).
-export([main/1]).
-mode(compile).
%% Exercises: halt(0) after output: output is flushed, exit code 0 (no .exit file)

main(_) -> io:format("output before halt~n"), halt(0), io:format("never~n").
