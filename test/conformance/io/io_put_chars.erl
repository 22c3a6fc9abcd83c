#!/usr/bin/env escript
-module(io_put_chars).
-export([main/1]).
-mode(compile).
%% Exercises: io:put_chars, io:nl, io:write

main(_) ->
    io:put_chars("put_chars\n"),
    io:put_chars(["deep", [$l, "ist"], <<"\n">>]),
    io:nl(),
    io:write({a, "b"}),
    io:nl(),
    io:format("~s", [<<"no newline">>]),
    io:format("~n").
