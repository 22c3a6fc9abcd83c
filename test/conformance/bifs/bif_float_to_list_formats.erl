#!/usr/bin/env escript
-module(bif_float_to_list_formats).
-export([main/1]).
-mode(compile).
%% Exercises: float_to_list with decimals/scientific/compact on many values

main(_) ->
    V = [0.0, 1.0, -1.0, 0.1, 123.456, 1.0e-5, 1.0e20, 2.675, 1.005, 5.0e-324],
    [io:format("~s ~s ~s ~s~n", [float_to_list(X), float_to_list(X, [{decimals, 3}]), float_to_list(X, [{scientific, 2}]), float_to_list(X, [short])]) || X <- V].
