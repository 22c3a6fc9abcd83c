#!/usr/bin/env escript
-module(funs_lists_hof).
-export([main/1]).
-mode(compile).
%% Exercises: lists:map/filter/foldl/foldr/all/any with funs

main(_) ->
    L = lists:seq(1, 10),
    io:format("~p~n", [lists:map(fun(X) -> X * X end, L)]),
    io:format("~p~n", [lists:filter(fun(X) -> X rem 3 =:= 0 end, L)]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [{lists:all(fun(X) -> X > 0 end, L), lists:any(fun(X) -> X > 9 end, L)}]),
    io:format("~p~n", [lists:mapfoldl(fun(X, S) -> {X * 2, S + X} end, 0, L)]),
    lists:foreach(fun(X) -> io:format("~p ", [X]) end, L),
    io:format("~n").
