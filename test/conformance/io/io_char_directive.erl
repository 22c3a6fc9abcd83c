#!/usr/bin/env escript
-module(io_char_directive).
-export([main/1]).
-mode(compile).
%% Exercises: ~c with width and repetition

main(_) ->
    io:format("[~c]~n", [$x]),
    io:format("[~5c]~n", [$x]),
    io:format("[~-5c]~n", [$x]),
    io:format("[~tc]~n", [955]),
    io:format("~c~c~c~n", [$a, 10, $b]).
