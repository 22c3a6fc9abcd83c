#!/usr/bin/env escript
-module(cmp_maps).
-export([main/1]).
-mode(compile).
%% Exercises: maps compare by size, then keys, then values

main(_) ->
    L = [#{b => 1}, #{a => 2}, #{a => 1}, #{}, #{a => 1, b => 1}, #{1 => a}, #{1.0 => a}, #{c => 0},
         #{a => 1.0}, #{z => 0, y => 0}],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~w~n", [[#{a => 1} == #{a => 1.0}, #{a => 1} =:= #{a => 1.0}, #{1 => a} == #{1.0 => a},
                        #{1 => a} < #{1.0 => a}, #{a => 1} < #{b => 0}]]).
