#!/usr/bin/env escript
-module(arith_abs_sign).
-export([main/1]).
-mode(compile).
%% Exercises: abs on ints, bignums, floats; sign tests

id(X) -> X.
%% Drops the stack trace: it would show escript's own frames.
e({'EXIT', {R, _}}) -> {'EXIT', R};
e(V) -> V.
main(_) ->
    L = [0, 5, -5, 1 bsl 64, -(1 bsl 64), -9007199254740992, 2.5, -2.5, -0.0, 0.0],
    io:format("~p~n", [[abs(id(X)) || X <- L]]),
    io:format("~p~n", [e(catch abs(id(a)))]),
    io:format("~p~n", [[X > 0 || X <- L]]),
    io:format("~p~n", [[X < 0 || X <- L]]).
