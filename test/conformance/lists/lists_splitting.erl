#!/usr/bin/env escript
-module(lists_splitting).
-export([main/1]).
-mode(compile).
%% Exercises: split, splitwith, partition, dropwhile, takewhile

main(_) ->
    L = [1, 2, 3, 4, 5, 1],
    P = fun(X) -> X < 3 end,
    io:format("~p~n", [lists:split(2, L)]),
    io:format("~p~n", [lists:splitwith(P, L)]),
    io:format("~p~n", [lists:partition(P, L)]),
    io:format("~p~n", [lists:dropwhile(P, L)]),
    io:format("~p~n", [lists:takewhile(P, L)]),
    io:format("~p~n", [lists:filter(P, L)]),
    io:format("~p~n", [try lists:split(10, L) catch error:R -> R end]).
