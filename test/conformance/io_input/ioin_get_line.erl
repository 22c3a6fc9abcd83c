#!/usr/bin/env escript
-module(ioin_get_line).
-export([main/1]).
-mode(compile).
%% Exercises: io:get_line/1,2 on standard input: LF and CR LF endings, a last line without newline, eof, prompts

main(_) ->
    p(io:get_line("1> ")),
    p(io:get_line('atom prompt> ')),
    p(io:get_line(["deep", [$-, "list"], <<"> ">>])),
    p(io:get_line({tuple, prompt})),
    p(io:get_line({format, "~w-~s> ", [42, "fmt"]})),
    p(io:get_line('')),
    p(io:get_line(standard_io, "std> ")),
    p(io:get_line(user, "user> ")),
    p(io:get_line("")),
    p(io:get_line("last> ")),
    p(io:get_line("eof1> ")),
    p(io:get_line("eof2> ")).

p(X) -> io:format("~p~n", [X]).
