#!/usr/bin/env escript
-module(andalso_orelse).
-export([main/1]).
-mode(compile).
%% Exercises: short-circuit operators and their non-boolean results

id(X) -> X.
main(_) ->
    T = id(true), F = id(false),
    io:format("~p~n", [[T andalso T, T andalso F, F andalso error(x), F orelse T, T orelse error(x), F orelse F]]),
    io:format("~p~n", [T andalso id(not_bool)]),
    io:format("~p~n", [F orelse id([1, 2])]),
    io:format("~p~n", [try id(x) andalso T catch error:R -> R end]),
    io:format("~p~n", [try id(1) orelse T catch error:R2 -> R2 end]).
