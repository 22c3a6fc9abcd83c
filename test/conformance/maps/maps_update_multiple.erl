#!/usr/bin/env escript
-module(maps_update_multiple).
-export([main/1]).
-mode(compile).
%% Exercises: updating multiple keys at once, mixing => and :=

id(X) -> X.
main(_) ->
    M = id(#{a => 1, b => 2, c => 3}),
    io:format("~p~n", [M#{a := 10, b := 20, d => 40}]),
    io:format("~p~n", [try M#{a := 0, zz := 0} catch error:R -> R end]).
