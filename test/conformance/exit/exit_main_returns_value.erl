#!/usr/bin/env escript
-module(exit_main_returns_value).
-export([main/1]).
-mode(compile).
%% Exercises: main returning a non-ok value still exits 0

main(_) -> io:format("returning~n"), {some, value}.
