#!/usr/bin/env escript
-module(bif_number_to_string).
-export([main/1]).
-mode(compile).
%% Exercises: number_to_list style conversions via io_lib and erlang

main(_) ->
    io:format("~p~n", [[integer_to_list(7), float_to_list(7.0, [short]), io_lib:format("~p", [7.0])]]),
    io:format("~p~n", [[lists:flatten(io_lib:format("~w", [X])) || X <- [1, 1.0, -0.0, 1.0e100, 123.0e-10]]]).
