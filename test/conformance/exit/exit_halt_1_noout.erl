#!/usr/bin/env escript
-module(exit_halt_1_noout).
-export([main/1]).
-mode(compile).
%% Exercises: halt(1) without any output

main(_) -> halt(1).
