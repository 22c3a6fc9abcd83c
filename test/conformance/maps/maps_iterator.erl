#!/usr/bin/env escript
-module(maps_iterator).
-export([main/1]).
-mode(compile).
%% Exercises: maps:iterator and maps:next over a small map

walk(none, Acc) -> lists:reverse(Acc);
walk({K, V, I}, Acc) -> walk(maps:next(I), [{K, V} | Acc]).
main(_) ->
    M = #{x => 1, y => 2, z => 3},
    io:format("~p~n", [walk(maps:next(maps:iterator(M)), [])]).
