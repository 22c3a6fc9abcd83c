#!/usr/bin/env escript
-module(io_float_directives).
-export([main/1]).
-mode(compile).
%% Exercises: ~f ~e ~g with precisions

main(_) ->
    V = [0.0, 1.0, -1.5, 3.14159265, 1.0e10, 1.0e-10, 123456.789, 0.5, 2.5],
    [io:format("~f ~.2f ~.1f ~e ~.3e ~g ~.3g~n", [X, X, X, X, X, X, X]) || X <- V],
    io:format("[~10.3f] [~-10.3f] [~10.2e]~n", [3.14159, 3.14159, 3.14159]).
