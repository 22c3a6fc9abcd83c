#!/usr/bin/env escript
-module(str_replace_next).
-export([main/1]).
-mode(compile).
%% Exercises: string:replace, next_grapheme, next_codepoint

main(_) ->
    io:format("~p~n", [string:replace("a-b-c", "-", "+")]),
    io:format("~p~n", [string:replace("a-b-c", "-", "+", all)]),
    io:format("~p~n", [lists:flatten(string:replace("aXbXc", "X", "__", all))]),
    io:format("~p~n", [string:next_codepoint("abc")]),
    io:format("~p~n", [string:next_grapheme(<<"xyz">>)]).
