#!/usr/bin/env escript
-module(maps_put_remove).
-export([main/1]).
-mode(compile).
%% Exercises: maps:put, remove, update, merge

id(X) -> X.
main(_) ->
    M = id(#{a => 1, b => 2}),
    io:format("~p~n", [maps:put(c, 3, M)]),
    io:format("~p~n", [maps:remove(a, M)]),
    io:format("~p~n", [maps:remove(zz, M)]),
    io:format("~p~n", [maps:update(a, 9, M)]),
    io:format("~p~n", [try maps:update(q, 9, M) catch error:R -> R end]),
    io:format("~p~n", [maps:merge(M, #{b => 20, d => 4})]),
    io:format("~p~n", [maps:merge(#{}, #{})]).
