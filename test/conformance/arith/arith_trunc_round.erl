#!/usr/bin/env escript
-module(arith_trunc_round).
-export([main/1]).
-mode(compile).
%% Exercises: trunc round floor ceil on floats and ints

id(X) -> X.
%% Drops the stack trace: it would show escript's own frames.
e({'EXIT', {R, _}}) -> {'EXIT', R};
e(V) -> V.
main(_) ->
    L = [0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, 2.6, -2.6, 1.0e20, -1.0e20, 123456789.987, 7, -7, 1 bsl 80],
    [io:format("~p: ~p ~p ~p ~p~n", [X, trunc(id(X)), round(id(X)), floor(id(X)), ceil(id(X))]) || X <- L],
    io:format("~p~n", [e(catch trunc(id(x)))]),
    io:format("~p~n", [e(catch round(id("1")))]).
