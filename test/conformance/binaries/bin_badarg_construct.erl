#!/usr/bin/env escript
-module(bin_badarg_construct).
-export([main/1]).
-mode(compile).
%% Exercises: badarg when constructing bad segments

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [t(fun() -> <<(id(a)):8>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(1.5)):8>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(1)):(id(-1))>> end)]),
    io:format("~p~n", [t(fun() -> <<(id("s"))/binary>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(x))/float>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(1)):(id(a))>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(1 bsl 2000))/float>> end)]).
