#!/usr/bin/env escript
-module(lists_assoc_ops).
-export([main/1]).
-mode(compile).
%% Exercises: association lists: proplists get_value, lookup, delete

main(_) ->
    P = [{a, 1}, b, {c, 3}, {a, 9}],
    io:format("~p~n", [[proplists:get_value(a, P), proplists:get_value(b, P), proplists:get_value(z, P, def)]]),
    io:format("~p~n", [[proplists:lookup(c, P), proplists:get_all_values(a, P), proplists:get_bool(b, P)]]),
    io:format("~p~n", [proplists:delete(a, P)]).
