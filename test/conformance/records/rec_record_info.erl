#!/usr/bin/env escript
-module(rec_record_info).
-export([main/1]).
-mode(compile).
%% Exercises: record_info(fields) and record_info(size)

-record(a, {x, y = 5, z}).
-record(empty, {}).
main(_) ->
    io:format("~p~n", [record_info(fields, a)]),
    io:format("~p~n", [record_info(size, a)]),
    io:format("~p~n", [{record_info(fields, empty), record_info(size, empty)}]).
