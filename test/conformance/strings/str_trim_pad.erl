#!/usr/bin/env escript
-module(str_trim_pad).
-export([main/1]).
-mode(compile).
%% Exercises: string:trim, pad, chomp, strip

main(_) ->
    io:format("~p~n", [[string:trim("  hi  "), string:trim("  hi  ", leading), string:trim("xxhixx", both, "x")]]),
    io:format("~p~n", [[string:pad("ab", 5), string:pad("ab", 5, leading), string:pad("ab", 6, both, $*)]]),
    io:format("~p~n", [[string:chomp("line\n"), string:chomp("line\r\n"), string:strip("  s  ")]]),
    io:format("~p~n", [lists:flatten(string:pad("ab", 5, leading, $0))]).
