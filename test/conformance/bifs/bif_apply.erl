#!/usr/bin/env escript
-module(bif_apply).
-export([main/1]).
-mode(compile).
%% Exercises: apply/2, apply/3, errors for bad arguments

-export([f/1]).
f(X) -> {f, X}.
id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[apply(fun f/1, [1]), apply(?MODULE, f, [2]), apply(erlang, '+', [1, 2])]]),
    io:format("~p~n", [t(fun() -> apply(id(?MODULE), f, id([1, 2])) end)]),
    io:format("~p~n", [t(fun() -> apply(id(fun f/1), id(notlist)) end)]),
    io:format("~p~n", [t(fun() -> apply(id(1), f, []) end)]).
