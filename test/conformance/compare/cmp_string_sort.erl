#!/usr/bin/env escript
-module(cmp_string_sort).
-export([main/1]).
-mode(compile).
%% Exercises: sorting strings and mixed lists of strings

main(_) ->
    W = ["pear", "apple", "Banana", "cherry", "apple pie", "", "a", "Apple", "äpple"],
    io:format("~p~n", [lists:sort(W)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> string:lowercase(A) =< string:lowercase(B) end, W)]),
    io:format("~p~n", [lists:reverse(lists:sort(W))]).
