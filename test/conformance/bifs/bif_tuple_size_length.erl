#!/usr/bin/env escript
-module(bif_tuple_size_length).
-export([main/1]).
-mode(compile).
%% Exercises: tuple_size, length, size and their errors

id(X) -> X.
main(_) ->
    io:format("~p~n", [[tuple_size(id({})), tuple_size(id({1, 2})), length(id("abc")), size(id({1})), size(id(<<1, 2>>))]]),
    io:format("~p~n", [try tuple_size(id([])) catch error:R -> R end]),
    io:format("~p~n", [try size(id(a)) catch error:R2 -> R2 end]).
