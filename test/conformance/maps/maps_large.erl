#!/usr/bin/env escript
-module(maps_large).
-export([main/1]).
-mode(compile).
%% Exercises: maps with many integer keys (over 32) sizes and lookups

main(_) ->
    M = maps:from_list([{I, I * 3} || I <- lists:seq(1, 1000)]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [[maps:get(I, M) || I <- [1, 500, 1000]]]),
    io:format("~p~n", [lists:sum(maps:values(M))]),
    io:format("~p~n", [lists:sublist(lists:sort(maps:keys(M)), 5)]),
    M2 = maps:filter(fun(K, _) -> K rem 100 =:= 0 end, M),
    io:format("~p~n", [lists:sort(maps:to_list(M2))]).
