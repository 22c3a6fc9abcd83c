#!/usr/bin/env escript
-module(maps_is_map_key_size).
-export([main/1]).
-mode(compile).
%% Exercises: is_map_key, map_size, maps:size, is_map

id(X) -> X.
main(_) ->
    M = id(#{a => 1, b => undefined}),
    io:format("~p~n", [[is_map_key(a, M), is_map_key(b, M), is_map_key(c, M)]]),
    io:format("~p~n", [[map_size(M), maps:size(M), map_size(#{}), is_map(M), is_map([])]]),
    io:format("~p~n", [try is_map_key(a, id(x)) catch error:R -> R end]),
    io:format("~p~n", [try map_size(id(x)) catch error:R2 -> R2 end]).
