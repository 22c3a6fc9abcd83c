#!/usr/bin/env escript
-module(maps_fold_map_filter).
-export([main/1]).
-mode(compile).
%% Exercises: maps:fold, maps:map, maps:filter

main(_) ->
    M = #{a => 1, b => 2, c => 3, d => 4},
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)]),
    io:format("~p~n", [maps:map(fun(_, V) -> V * 10 end, M)]),
    io:format("~p~n", [maps:filter(fun(_, V) -> V rem 2 =:= 0 end, M)]),
    io:format("~p~n", [maps:fold(fun(_, V, S) -> S + V end, 0, M)]).
