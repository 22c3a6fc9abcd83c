#!/usr/bin/env escript
-module(maps_badmap_errors).
-export([main/1]).
-mode(compile).
%% Exercises: operations on non-maps raise badmap

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [t(fun() -> maps:keys(id(x)) end)]),
    io:format("~p~n", [t(fun() -> maps:put(a, 1, id([])) end)]),
    io:format("~p~n", [t(fun() -> maps:merge(id(#{}), id(1)) end)]),
    io:format("~p~n", [t(fun() -> maps:to_list(id({})) end)]),
    io:format("~p~n", [t(fun() -> (id(1))#{a => 1} end)]).
