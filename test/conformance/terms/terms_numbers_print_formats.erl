#!/usr/bin/env escript
-module(terms_numbers_print_formats).
-export([main/1]).
-mode(compile).
%% Exercises: numbers through ~p ~w ~b ~e ~f together

main(_) ->
    L = [0, 7, -7, 255, 1 bsl 64],
    [io:format("~p ~w ~b ~.16b ~.2b ~.36b~n", [X, X, X, X, X, X]) || X <- L],
    F = [0.0, 1.0, -2.5, 1.0e10, 3.14159, 1.0e-3],
    [io:format("~p ~w ~f ~e ~.2f ~.3e~n", [X, X, X, X, X, X]) || X <- F].
