#!/usr/bin/env escript
-module(lists_misc).
-export([main/1]).
-mode(compile).
%% Exercises: nthtail, prefix, suffix, enumerate-like, uniq, search

main(_) ->
    io:format("~p~n", [[lists:prefix("ab", "abc"), lists:suffix("bc", "abc"), lists:prefix("x", "abc")]]),
    io:format("~p~n", [lists:zip(lists:seq(1, 3), [a, b, c])]),
    io:format("~p~n", [lists:uniq([3, 1, 3, 2, 1])]),
    io:format("~p~n", [lists:search(fun(X) -> X > 2 end, [1, 2, 3, 4])]),
    io:format("~p~n", [lists:search(fun(X) -> X > 20 end, [1, 2])]),
    io:format("~p~n", [lists:join(", ", ["a", "b", "c"])]),
    io:format("~p~n", [lists:droplast([1, 2, 3])]),
    io:format("~p~n", [lists:enumerate([a, b, c])]).
