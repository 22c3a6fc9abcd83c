#!/usr/bin/env escript
-module(maps_patterns).
-export([main/1]).
-mode(compile).
%% Exercises: map patterns in function heads, case, and match

id(X) -> X.
area(#{shape := rect, w := W, h := H}) -> W * H;
area(#{shape := circle, r := R}) -> 3 * R * R;
area(#{}) -> unknown.
main(_) ->
    io:format("~p~n", [[area(id(M)) || M <- [#{shape => rect, w => 2, h => 3}, #{shape => circle, r => 2}, #{shape => tri}]]]),
    #{a := A, b := #{c := C}} = id(#{a => 1, b => #{c => 2, d => 3}}),
    io:format("~p~n", [{A, C}]),
    io:format("~p~n", [case id(#{x => 1}) of #{y := _} -> y; #{x := X} -> {x, X} end]),
    io:format("~p~n", [case id(#{}) of #{} -> empty_pattern_matches_any_map end]).
