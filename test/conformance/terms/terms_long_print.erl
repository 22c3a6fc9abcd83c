#!/usr/bin/env escript
-module(terms_long_print).
-export([main/1]).
-mode(compile).
%% Exercises: ~w of long flat data (no line breaking)

main(_) ->
    io:format("~w~n", [lists:seq(1, 200)]),
    io:format("~w~n", [list_to_tuple(lists:seq(1, 100))]),
    io:format("~w~n", [[{N, [N]} || N <- lists:seq(1, 50)]]),
    io:format("~w~n", [list_to_binary(lists:seq(0, 255))]).
