#!/usr/bin/env escript
-module(lists_length_hd_tl).
-export([main/1]).
-mode(compile).
%% Exercises: length/hd/tl errors on improper and empty lists

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[length(id([])), length(id(lists:seq(1, 1000))), hd(id([x])), tl(id([x]))]]),
    io:format("~p~n", [t(fun() -> length(id([1 | 2])) end)]),
    io:format("~p~n", [t(fun() -> hd(id([])) end)]),
    io:format("~p~n", [t(fun() -> tl(id([])) end)]),
    io:format("~p~n", [t(fun() -> length(id(abc)) end)]).
