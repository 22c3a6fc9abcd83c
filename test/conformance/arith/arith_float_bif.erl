#!/usr/bin/env escript
-module(arith_float_bif).
-export([main/1]).
-mode(compile).
%% Exercises: float/1 on ints and bignums, errors

id(X) -> X.
%% Drops the stack trace: it would show escript's own frames.
e({'EXIT', {R, _}}) -> {'EXIT', R};
e(V) -> V.
main(_) ->
    L = [0, 1, -1, 9007199254740993, 1 bsl 64, -(1 bsl 64) - 1, 123456789012345678901234567890, 3.5],
    [io:format("~p~n", [float(id(X))]) || X <- L],
    io:format("~p~n", [e(catch float(id(a)))]),
    io:format("~p~n", [e(catch float(id([])))]).
