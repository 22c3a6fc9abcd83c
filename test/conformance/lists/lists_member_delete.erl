#!/usr/bin/env escript
-module(lists_member_delete).
-export([main/1]).
-mode(compile).
%% Exercises: member, delete, subtract, duplicate, usort dedupe

main(_) ->
    io:format("~p~n", [[lists:member(2, [1, 2, 3]), lists:member(2.0, [1, 2, 3]), lists:member(x, [])]]),
    io:format("~p~n", [[lists:delete(2, [1, 2, 3, 2]), lists:delete(9, [1])]]),
    io:format("~p~n", [lists:subtract([1, 2, 3], [2])]),
    io:format("~p~n", [lists:duplicate(3, ab)]),
    io:format("~p~n", [lists:duplicate(0, x)]).
