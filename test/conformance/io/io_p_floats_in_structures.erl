#!/usr/bin/env escript
-module(io_p_floats_in_structures).
-export([main/1]).
-mode(compile).
%% Exercises: floats printed inside lists and tuples

main(_) ->
    io:format("~p~n", [[0.1, 1.0e-20, 1.0e20, 12345.678, -0.0]]),
    io:format("~w~n", [{1.5, [2.25, 3.0e-5]}]).
