#!/usr/bin/env escript
-module(bif_list_to_integer_big).
-export([main/1]).
-mode(compile).
%% Exercises: list_to_integer and binary_to_integer with bignums in bases

main(_) ->
    io:format("~p~n", [list_to_integer("123456789012345678901234567890")]),
    io:format("~p~n", [list_to_integer("-ffffffffffffffffffff", 16)]),
    io:format("~p~n", [binary_to_integer(<<"zzzzzzzzzzzzzzzz">>, 36)]),
    io:format("~p~n", [integer_to_list(1 bsl 100, 36)]).
