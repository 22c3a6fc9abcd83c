#!/usr/bin/env escript
-module(bin_string_literals).
-export([main/1]).
-mode(compile).
%% Exercises: string literals inside binaries with types

main(_) ->
    io:format("~w~n", [<<"abc">>]),
    io:format("~w~n", [<<"é"/utf8>>]),
    io:format("~w~n", [<<"é">>]),
    io:format("~w~n", [<<"ab"/utf16>>]),
    io:format("~w~n", [<<"ab"/utf32-little>>]),
    io:format("~w~n", [<<"a":16>>]).
