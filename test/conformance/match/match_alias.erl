#!/usr/bin/env escript
-module(match_alias).
-export([main/1]).
-mode(compile).
%% Exercises: = inside patterns (aliases) in heads and bodies

id(X) -> X.
f({pair, A, B} = P) -> {P, A, B}.
g([H | _] = L) -> {H, length(L)}.
main(_) ->
    io:format("~p~n", [f(id({pair, 1, 2}))]),
    io:format("~p~n", [g(id([x, y, z]))]),
    X = Y = id(3),
    io:format("~p~n", [{X, Y}]),
    {A, _} = B = id({1, 2}),
    io:format("~p~n", [{A, B}]),
    {C, D} = {E, F} = id({c, d}),
    io:format("~p~n", [{C, D, E, F}]).
