#!/usr/bin/env escript
-module(ioin_get_chars).
-export([main/1]).
-mode(compile).
%% Exercises: io:get_chars/2,3: counts across lines, zero, more than is left, eof

main(_) ->
    p(io:get_chars("a> ", 3)),
    p(io:get_chars("b> ", 1)),
    p(io:get_chars('', 5)),
    p(io:get_line("rest> ")),
    p(io:get_chars("zero> ", 0)),
    p(io:get_chars(standard_io, "c> ", 4)),
    p(element(1, catch io:get_chars("neg> ", -1))),
    p(io:get_chars("big> ", 1000)),
    p(io:get_chars("eof> ", 2)),
    p(io:get_chars("zero at eof> ", 0)),
    p(io:get_line("line at eof> ")).

p(X) -> io:format("~p~n", [X]).
