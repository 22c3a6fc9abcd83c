#!/usr/bin/env escript
-module(ds_array_map).
-export([main/1]).
-mode(compile).
%% Exercises: array map/2 and sparse_map/2: resulting trees (expansion, defaults past the end), order of calls, errors

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    A = array:set(25, z, array:set(3, c, array:new({default, 0}))),
    M = array:map(fun(I, V) -> io:format("~p ", [I]), {I, V} end, A),
    io:format("~n"),
    p(M),
    S = array:sparse_map(fun(I, V) -> io:format("~p ", [I]), {I, V} end, A),
    io:format("~n"),
    p(S),
    p(array:map(fun(_, V) -> V end, array:new())),
    p(array:sparse_map(fun(_, V) -> V end, array:new(5))),
    p(array:map(fun(I, _) -> I end, array:new(5))),
    Shrunk = array:resize(2, array:from_list([a, b, c, d])),
    p(array:map(fun(_, V) -> {m, V} end, Shrunk)),
    p(array:sparse_map(fun(_, V) -> {m, V} end, Shrunk)),
    L = array:from_list(lists:seq(1, 35)),
    p(array:to_list(array:map(fun(I, V) -> I * V end, L))),
    p(e(fun() -> array:map(fun(V) -> V end, L) end)),
    p(e(fun() -> array:sparse_map(fun(V) -> V end, L) end)),
    p(e(fun() -> array:map(fun(_, V) -> V end, x) end)).
