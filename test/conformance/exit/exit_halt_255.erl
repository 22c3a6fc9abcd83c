#!/usr/bin/env escript
-module(exit_halt_255).
-export([main/1]).
-mode(compile).
%% Exercises: halt(255) and output buffered before it

main(_) -> [io:format("~p~n", [N]) || N <- lists:seq(1, 5)], halt(255).
