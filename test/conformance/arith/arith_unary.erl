#!/usr/bin/env escript
-module(arith_unary).
-export([main/1]).
-mode(compile).
%% Exercises: unary minus/plus/bnot on all number kinds and errors

id(X) -> X.
%% Drops the stack trace: it would show escript's own frames.
e({'EXIT', {R, _}}) -> {'EXIT', R};
e(V) -> V.
main(_) ->
    io:format("~p~n", [[-id(X) || X <- [0, 1, -1, 1 bsl 60, 2.5, -0.0, 0.0]]]),
    io:format("~p~n", [[+id(X) || X <- [0, -1, 2.5]]]),
    io:format("~p~n", [[bnot id(X) || X <- [0, 1, -1, 1 bsl 60, -(1 bsl 60)]]]),
    io:format("~p~n", [e(catch -id(a))]),
    io:format("~p~n", [e(catch +id("x"))]),
    io:format("~p~n", [e(catch bnot id(2.0))]).
