#!/usr/bin/env escript
-module(io_p_line_breaking).
-export([main/1]).
-mode(compile).
%% Exercises: ~p breaks long terms across lines with indentation

main(_) ->
    io:format("~p~n", [lists:seq(1, 60)]),
    io:format("~p~n", [[{key, N, lists:duplicate(N, x)} || N <- lists:seq(1, 8)]]),
    io:format("~p~n", [{a_rather_long_atom_name, [another_long_atom_name, yet_another_atom], {nested, tuple, with, many, elements, inside}}]),
    io:format("prefix: ~p~n", [lists:seq(100, 130)]).
