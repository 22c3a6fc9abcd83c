#!/usr/bin/env escript
-module(io_integer_directives).
-export([main/1]).
-mode(compile).
%% Exercises: ~b ~B ~x ~X ~# ~+ and bases

main(_) ->
    [io:format("~b ~.2b ~.16b ~.16B ~.8b ~.36B~n", [N, N, N, N, N, N]) || N <- [0, 10, -255, 1 bsl 40]],
    io:format("~.16x ~.16X~n", [255, "0x", 255, "#"]),
    io:format("~.16# ~.2#~n", [255, 5]),
    io:format("~.10+ ~.16+~n", [-31, 31]),
    io:format("[~8.16.0b]~n", [255]).
