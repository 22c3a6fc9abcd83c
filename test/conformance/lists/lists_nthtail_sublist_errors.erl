#!/usr/bin/env escript
-module(lists_nthtail_sublist_errors).
-export([main/1]).
-mode(compile).
%% Exercises: out-of-range errors in list functions

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [t(fun() -> lists:nthtail(4, id([1, 2, 3])) end)]),
    io:format("~p~n", [t(fun() -> lists:nthtail(3, id([1, 2, 3])) end)]),
    io:format("~p~n", [t(fun() -> lists:sublist(id([1, 2]), 3, 1) end)]),
    io:format("~p~n", [t(fun() -> lists:sublist(id([1, 2]), 4, 1) end)]),
    io:format("~p~n", [t(fun() -> lists:nth(3, id([1, 2])) end)]).
