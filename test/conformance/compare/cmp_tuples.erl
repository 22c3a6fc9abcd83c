#!/usr/bin/env escript
-module(cmp_tuples).
-export([main/1]).
-mode(compile).
%% Exercises: tuples compare by size first then elements

main(_) ->
    L = [{b}, {a, a}, {a}, {}, {1, 2, 3}, {z, z}, {1, 2}, {1.0, 2}, {[], a}, {a, [], c}],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~w~n", [[{1, 2} < {1, 3}, {2} < {1, 1}, {1, 2} == {1.0, 2}, {1, 2} =:= {1.0, 2}]]).
