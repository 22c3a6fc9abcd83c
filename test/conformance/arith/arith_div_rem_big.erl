#!/usr/bin/env escript
-module(arith_div_rem_big).
-export([main/1]).
-mode(compile).
%% Exercises: div and rem with bignum operands

id(X) -> X.
main(_) ->
    Big = id(1 bsl 100), Neg = id(-(1 bsl 100) - 12345),
    L = [Big, Neg, Big + 1, 9007199254740993, -9007199254740993, 12345678901234567890123],
    D = [3, -3, 1 bsl 40, -(1 bsl 70), 9007199254740993, 7],
    [io:format("~p ~p ~p~n", [A div B, A rem B, (A div B) * B + A rem B =:= A]) || A <- L, B <- D],
    io:format("~p~n", [id(5) div id(1 bsl 80)]),
    io:format("~p~n", [id(-5) rem id(1 bsl 80)]).
