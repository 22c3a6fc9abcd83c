#!/usr/bin/env escript
-module(bin_list_conversion_unicode).
-export([main/1]).
-mode(compile).
%% Exercises: unicode:characters_to_binary and characters_to_list

main(_) ->
    io:format("~p~n", [unicode:characters_to_binary("héllo")]),
    io:format("~w~n", [unicode:characters_to_binary([8364])]),
    io:format("~p~n", [unicode:characters_to_list(<<"h", 195, 169>>)]),
    io:format("~p~n", [unicode:characters_to_binary([<<"a">>, "b", [955]])]),
    io:format("~p~n", [unicode:characters_to_binary(<<255>>)]),
    io:format("~p~n", [unicode:characters_to_list(<<"ok", 255>>)]).
