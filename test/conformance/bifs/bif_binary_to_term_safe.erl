#!/usr/bin/env escript
-module(bif_binary_to_term_safe).
-export([main/1]).
-mode(compile).
%% Exercises: binary_to_term with [safe] and used option

main(_) ->
    B = term_to_binary({ok, [1, 2]}),
    io:format("~p~n", [binary_to_term(B, [safe])]),
    io:format("~p~n", [binary_to_term(<<B/binary, "extra">>, [used])]).
