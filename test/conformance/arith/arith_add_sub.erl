#!/usr/bin/env escript
-module(arith_add_sub).
-export([main/1]).
-mode(compile).
%% Exercises: + and - on small ints, bignums, floats, mixed

id(X) -> X.
main(_) ->
    L = [0, 1, -1, 7, 9007199254740991, 9007199254740992, -9007199254740993, 1 bsl 64, 2.5, -0.5],
    [io:format("~p + ~p = ~p; ~p - ~p = ~p~n", [A, B, id(A) + id(B), A, B, id(A) - id(B)]) || A <- L, B <- [1, -1, 2.5, 1 bsl 64]],
    io:format("~p~n", [-id(5)]),
    io:format("~p~n", [+id(5)]),
    io:format("~p~n", [-id(-9007199254740993)]),
    io:format("~p~n", [-id(2.0)]).
