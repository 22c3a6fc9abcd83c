#!/usr/bin/env escript
-module(str_unicode_ops).
-export([main/1]).
-mode(compile).
%% Exercises: string functions on unicode strings and binaries

main(_) ->
    S = "αβγ δεζ",
    io:format("~p~n", [string:length(S)]),
    io:format("~tp~n", [string:split(S, " ")]),
    io:format("~tp~n", [string:uppercase(S)]),
    io:format("~tp~n", [string:reverse(<<"αβγ"/utf8>>)]),
    io:format("~tp~n", [string:slice(<<"αβγδ"/utf8>>, 1, 2)]).
