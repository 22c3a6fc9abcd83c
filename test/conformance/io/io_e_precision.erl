#!/usr/bin/env escript
-module(io_e_precision).
-export([main/1]).
-mode(compile).
%% Exercises: ~e with various precisions and rounding

main(_) ->
    [io:format("~.2e ~.3e ~.5e ~.10e~n", [X, X, X, X]) || X <- [1.0, 9.99, 0.000123456, 123456789.0, -5.55e-100]].
