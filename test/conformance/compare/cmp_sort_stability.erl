#!/usr/bin/env escript
-module(cmp_sort_stability).
-export([main/1]).
-mode(compile).
%% Exercises: lists:sort/2 and keysort stability with equal keys

main(_) ->
    L = [{3, a}, {1, b}, {2, c}, {1, d}, {3, e}, {1.0, f}, {2, g}],
    io:format("~p~n", [lists:keysort(1, L)]),
    io:format("~p~n", [lists:sort(fun({A, _}, {B, _}) -> A =< B end, L)]),
    io:format("~p~n", [lists:sort(fun({A, _}, {B, _}) -> A >= B end, L)]),
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [lists:usort([1, 1.0, 2, 2.0, 1])]),
    io:format("~p~n", [lists:ukeysort(1, L)]).
