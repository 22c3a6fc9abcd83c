#!/usr/bin/env escript
-module(lists_tuples_convert).
-export([main/1]).
-mode(compile).
%% Exercises: tuple_to_list, list_to_tuple round trips

main(_) ->
    io:format("~p~n", [tuple_to_list({a, {b}, [c]})]),
    io:format("~p~n", [list_to_tuple([1, [2], {3}])]),
    io:format("~p~n", [list_to_tuple(tuple_to_list({})) =:= {}]),
    io:format("~p~n", [lists:map(fun tuple_to_list/1, [{1, 2}, {}, {x}])]).
