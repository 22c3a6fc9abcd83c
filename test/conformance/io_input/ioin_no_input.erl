#!/usr/bin/env escript
-module(ioin_no_input).
-export([main/1]).
-mode(compile).
%% Exercises: input functions when standard input is empty: eof everywhere

main(_) ->
    p(io:get_line("a> ")),
    p(io:get_chars("b> ", 3)),
    p(io:read("c> ")),
    p(io:fread("d> ", "~d")),
    p(io:get_line('')).

p(X) -> io:format("~p~n", [X]).
