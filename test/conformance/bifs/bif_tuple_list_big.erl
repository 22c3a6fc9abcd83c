#!/usr/bin/env escript
-module(bif_tuple_list_big).
-export([main/1]).
-mode(compile).
%% Exercises: big tuples and make_tuple sizes

main(_) ->
    T = erlang:make_tuple(100000, z),
    io:format("~p~n", [[tuple_size(T), element(100000, T), length(tuple_to_list(T))]]),
    io:format("~p~n", [tuple_size(list_to_tuple(lists:seq(1, 70000)))]).
