#!/usr/bin/env escript
-module(bif_abs_trunc_round).
-export([main/1]).
-mode(compile).
%% Exercises: abs, trunc, round, ceil, floor on edge values

id(X) -> X.
main(_) ->
    L = [-0.5, 0.5, 1.49999999999999, -1.5, 4503599627370495.5, -4503599627370495.5, 1.0e16, -7],
    io:format("~p~n", [[abs(id(X)) || X <- L]]),
    io:format("~p~n", [[trunc(id(X)) || X <- L]]),
    io:format("~p~n", [[round(id(X)) || X <- L]]),
    io:format("~p~n", [[ceil(id(X)) || X <- L]]),
    io:format("~p~n", [[floor(id(X)) || X <- L]]).
