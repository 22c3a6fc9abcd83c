#!/usr/bin/env escript
-module(rec_default_expressions).
-export([main/1]).
-mode(compile).
%% Exercises: default values are expressions evaluated at creation

-record(d, {list = lists:seq(1, 3), sum = 1 + 2, t = {a, b}}).
main(_) ->
    io:format("~p~n", [#d{}]),
    io:format("~p~n", [#d{sum = none}]).
