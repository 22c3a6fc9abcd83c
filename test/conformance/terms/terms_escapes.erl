#!/usr/bin/env escript
-module(terms_escapes).
-export([main/1]).
-mode(compile).
%% Exercises: escape sequences in string and char literals

main(_) ->
    S = "\b\d\e\f\n\r\s\t\v\\\"\'",
    io:format("~w~n", [S]),
    io:format("~w~n", ["\101\102\7\07\007\0"]),
    io:format("~w~n", ["\x41\x7a\x{263a}\x{10FFFF}\x{0}"]),
    io:format("~w~n", ["\^a\^A\^z\^Z\^[\^\\^]\^^\^_\^?"]),
    io:format("~w~n", [[$\b, $\d, $\e, $\f, $\n, $\r, $\s, $\t, $\v, $\\, $\", $\', $\101, $\x41]]),
    io:format("~w~n", [[$\^a, $\x{1F600}]]),
    io:format("~p~n", ['esc\e\x41\101']),
    io:format("~p~n", [<<"\x{ff}\n\t">>]).
