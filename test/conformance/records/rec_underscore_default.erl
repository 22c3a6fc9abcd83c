#!/usr/bin/env escript
-module(rec_underscore_default).
-export([main/1]).
-mode(compile).
%% Exercises: _ = Value sets all unmentioned fields

-record(r, {a, b, c, d = 4}).
main(_) ->
    io:format("~p~n", [#r{_ = x}]),
    io:format("~p~n", [#r{a = 1, _ = z}]).
