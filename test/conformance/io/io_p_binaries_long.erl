#!/usr/bin/env escript
-module(io_p_binaries_long).
-export([main/1]).
-mode(compile).
%% Exercises: ~p of long binaries, bitstrings and binaries in lists

main(_) ->
    io:format("~p~n", [list_to_binary(lists:duplicate(100, $q))]),
    io:format("~p~n", [list_to_binary(lists:seq(1, 100))]),
    io:format("~p~n", [[<<N:N>> || N <- lists:seq(1, 12)]]).
