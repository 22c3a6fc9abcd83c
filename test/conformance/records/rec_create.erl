#!/usr/bin/env escript
-module(rec_create).
-export([main/1]).
-mode(compile).
%% Exercises: record creation, defaults and printing as tuples

-record(person, {name, age = 0, email = "none"}).
main(_) ->
    P = #person{name = "Ann"},
    io:format("~p~n", [P]),
    io:format("~p~n", [#person{}]),
    io:format("~p~n", [#person{age = 3, name = x, email = y}]).
