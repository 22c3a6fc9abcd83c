#!/usr/bin/env escript
-module(str_to_number).
-export([main/1]).
-mode(compile).
%% Exercises: string:to_integer, to_float, list_to_integer on parsed text

main(_) ->
    io:format("~p~n", [[string:to_integer("123abc"), string:to_integer("-7"), string:to_integer("abc"), string:to_integer(<<"42 rest">>)]]),
    io:format("~p~n", [[string:to_float("1.5e3x"), string:to_float("2"), string:to_float("-0.25")]]).
