#!/usr/bin/env escript
-module(maps_with_without).
-export([main/1]).
-mode(compile).
%% Exercises: maps:with, maps:without, maps:take, maps:update_with

main(_) ->
    M = #{a => 1, b => 2, c => 3},
    io:format("~p~n", [maps:with([a, c, z], M)]),
    io:format("~p~n", [maps:without([a, z], M)]),
    io:format("~p~n", [maps:take(b, M)]),
    io:format("~p~n", [maps:take(z, M)]),
    io:format("~p~n", [maps:update_with(a, fun(V) -> V + 100 end, M)]),
    io:format("~p~n", [maps:update_with(z, fun(V) -> V end, 0, M)]),
    io:format("~p~n", [try maps:update_with(z, fun(V) -> V end, M) catch error:R -> R end]).
