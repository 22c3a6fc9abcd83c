#!/usr/bin/env escript
-module(str_io_lib_helpers).
-export([main/1]).
-mode(compile).
%% Exercises: io_lib:char_list, printable_list, write_string, format padding

main(_) ->
    io:format("~p~n", [[io_lib:printable_list("abc"), io_lib:printable_list([1, 2]), io_lib:printable_unicode_list([955]), io_lib:char_list("x")]]),
    io:format("~p~n", [lists:flatten(io_lib:write_string("a\"b"))]),
    io:format("~p~n", [lists:flatten(io_lib:write_atom('a b'))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~-5s|~5s|", ["ab", "cd"]))]).
