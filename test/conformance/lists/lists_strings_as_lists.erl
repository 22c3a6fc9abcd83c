#!/usr/bin/env escript
-module(lists_strings_as_lists).
-export([main/1]).
-mode(compile).
%% Exercises: string manipulation with lists functions

main(_) ->
    S = "The quick brown fox",
    io:format("~p~n", [lists:reverse(S)]),
    io:format("~p~n", [[C || C <- S, C =/= $ ]]),
    io:format("~p~n", [lists:map(fun(C) when C >= $a, C =< $z -> C - 32; (C) -> C end, S)]),
    io:format("~s~n", [lists:join($-, ["a", "b", "c"])]),
    io:format("~p~n", [string:tokens(S, " ")]).
