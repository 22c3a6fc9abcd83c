#!/usr/bin/env escript
-module(lists_improper_ops).
-export([main/1]).
-mode(compile).
%% Exercises: list functions on improper lists raise errors

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    I = id([1, 2 | 3]),
    io:format("~p~n", [t(fun() -> lists:reverse(I) end)]),
    io:format("~p~n", [t(fun() -> lists:map(fun(X) -> X end, I) end)]),
    io:format("~p~n", [t(fun() -> lists:sum(I) end)]),
    io:format("~p~n", [t(fun() -> I ++ [4] end)]).
