#!/usr/bin/env escript
-module(rec_badrecord).
-export([main/1]).
-mode(compile).
%% Exercises: accessing or updating a non-record raises badrecord

-record(r, {f}).
-record(other, {f}).
id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [t(fun() -> (id(#other{f = 1}))#r.f end)]),
    io:format("~p~n", [t(fun() -> (id(not_rec))#r.f end)]),
    io:format("~p~n", [t(fun() -> (id({r}))#r{f = 2} end)]),
    io:format("~p~n", [t(fun() -> (id(#r{f = 1}))#r{f = 2} end)]).
