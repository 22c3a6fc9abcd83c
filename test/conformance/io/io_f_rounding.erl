#!/usr/bin/env escript
-module(io_f_rounding).
-export([main/1]).
-mode(compile).
%% Exercises: ~f rounding of halfway and long values

main(_) ->
    [io:format("~.1f ~.2f ~.3f~n", [X, X, X]) || X <- [0.05, 0.15, 0.25, 2.675, 1.005, 1.0e15, 123.4445, -0.0049]].
