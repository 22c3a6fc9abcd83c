#!/usr/bin/env escript
-module(ioin_read).
-export([main/1]).
-mode(compile).
%% Exercises: io:read/1,2,3: terms across and within lines, syntax errors, eof

main(_) ->
    p(io:read("t> ")),
    p(io:read("t> ")),
    p(io:read('')),
    p(io:read("multi> ")),
    p(io:read("err> ")),
    p(io:read("after> ")),
    p(io:read("notterm> ")),
    p(io:read(standard_io, "loc> ", 10)),
    p(io:read(standard_io, "loc> ", {5, 1})),
    p(io:get_line("line> ")),
    p(io:read("eof> ")),
    p(io:read("eof> ")).

p(X) -> io:format("~p~n", [X]).
