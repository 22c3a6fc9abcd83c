#!/usr/bin/env escript
-module(io_tilde_misc).
-export([main/1]).
-mode(compile).
%% Exercises: ~~ ~n ~i and literal text handling

main(_) ->
    io:format("tilde ~~ done~n"),
    io:format("ignored: ~i|~p~n", [skipped, shown]),
    io:format("no args~n", []),
    io:format("multi~nline~n"),
    io:format("~p ~p ~p~n", [1, two, "three"]).
