#!/usr/bin/env escript
-module(funs_sort_with_fun).
-export([main/1]).
-mode(compile).
%% Exercises: sorting with comparator funs and keys

main(_) ->
    L = [{"bob", 25}, {"alice", 30}, {"carol", 25}, {"dave", 20}],
    io:format("~p~n", [lists:sort(fun({_, A}, {_, B}) -> A =< B end, L)]),
    io:format("~p~n", [lists:sort(fun({N1, A}, {N2, B}) -> {A, N1} >= {B, N2} end, L)]),
    io:format("~p~n", [lists:usort(fun(A, B) -> A rem 3 =< B rem 3 end, [1, 2, 3, 4, 5, 6])]).
