#!/usr/bin/env escript
-module(io_p_strings_lists).
-export([main/1]).
-mode(compile).
%% Exercises: ~p of lists that look like strings and nested strings

main(_) ->
    io:format("~p~n", [["abc", "def", [1, 2], [$a, 0]]]),
    io:format("~p~n", [[lists:duplicate(30, $a), lists:duplicate(30, $b), lists:duplicate(30, $c)]]),
    io:format("~p~n", [{"a string inside", [<<"and a binary">>], 'an atom'}]),
    io:format("~p~n", [lists:duplicate(100, $z)]).
