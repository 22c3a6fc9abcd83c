#!/usr/bin/env escript
-module(ioin_fread_lines).
-export([main/1]).
-mode(compile).
%% Exercises: io:fread across lines, leftovers, eof in the middle of a format

main(_) ->
    p(io:fread("a> ", "~d ~d ~d")),
    p(io:get_line("rest> ")),
    p(io:fread("b> ", "~d")),
    p(io:get_line("rest> ")),
    p(io:fread("c> ", "~s ~s")),
    p(io:fread("d> ", "~d ~d ~d")).

p(X) -> io:format("~p~n", [X]).
