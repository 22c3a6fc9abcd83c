#!/usr/bin/env escript
-module(bif_element_setelement).
-export([main/1]).
-mode(compile).
%% Exercises: element/setelement and their errors

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    T = id({a, b, c}),
    io:format("~p~n", [[element(1, T), element(3, T), setelement(2, T, x)]]),
    io:format("~p~n", [[t(fun() -> element(0, T) end), t(fun() -> element(4, T) end), t(fun() -> element(1, id([a])) end)]]),
    io:format("~p~n", [[t(fun() -> setelement(4, T, x) end), t(fun() -> setelement(id(a), T, x) end)]]).
