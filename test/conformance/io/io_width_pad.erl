#!/usr/bin/env escript
-module(io_width_pad).
-export([main/1]).
-mode(compile).
%% Exercises: field width, padding char and left/right alignment

main(_) ->
    io:format("[~10p]~n[~-10w]~n", [abc, abc]),
    io:format("[~10s]~n[~-10s]~n[~.3s]~n[~10.3s]~n", ["hello", "hello", "hello", "hello"]),
    io:format("[~5w]~n[~-5w]~n[~2w]~n", [42, 42, 12345]),
    io:format("[~10..xs]~n[~-10..*s]~n", ["pad", $*, "pad"]),
    io:format("[~*w]~n", [6, x]),
    io:format("[~c~4c]~n", [$a, $b]).
