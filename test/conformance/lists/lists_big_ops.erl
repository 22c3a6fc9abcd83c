#!/usr/bin/env escript
-module(lists_big_ops).
-export([main/1]).
-mode(compile).
%% Exercises: operations on 100k-element lists

main(_) ->
    L = lists:seq(1, 100000),
    io:format("~p~n", [lists:sum(L)]),
    io:format("~p~n", [length(lists:reverse(L))]),
    io:format("~p~n", [lists:last(lists:sort(fun(A, B) -> A >= B end, L))]),
    io:format("~p~n", [length([X || X <- L, X rem 7 =:= 0])]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> (A + X) rem 1000003 end, 0, L)]),
    io:format("~p~n", [length(L -- lists:seq(1, 100000, 2))]).
