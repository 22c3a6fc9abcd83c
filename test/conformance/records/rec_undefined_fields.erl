#!/usr/bin/env escript
-module(rec_undefined_fields).
-export([main/1]).
-mode(compile).
%% Exercises: unset fields default to undefined

-record(u, {a, b = 2, c}).
main(_) ->
    U = #u{},
    io:format("~p~n", [{U#u.a, U#u.b, U#u.c}]),
    io:format("~p~n", [U]).
