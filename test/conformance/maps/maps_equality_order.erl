#!/usr/bin/env escript
-module(maps_equality_order).
-export([main/1]).
-mode(compile).
%% Exercises: map equality, =:= with float values, sorting maps

main(_) ->
    io:format("~p~n", [[#{a => 1} =:= #{a => 1}, #{a => 1, b => 2} =:= #{b => 2, a => 1}, #{a => 1} == #{a => 1.0}]]),
    io:format("~p~n", [lists:sort([#{b => 1}, #{a => 1, b => 1}, #{a => 2}, #{}])]).
