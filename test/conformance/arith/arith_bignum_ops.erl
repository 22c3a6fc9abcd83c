#!/usr/bin/env escript
-module(arith_bignum_ops).
-export([main/1]).
-mode(compile).
%% Exercises: bignum mixed with small ints in every operator

id(X) -> X.
main(_) ->
    A = id(123456789012345678901234567890), B = id(-98765432109876543210),
    io:format("~p~n", [[A + B, A - B, A * B, A div B, A rem B, B div 7, B rem 7]]),
    io:format("~p~n", [[A band B, A bor B, A bxor B, bnot A, A bsr 50, B bsl 10, B bsr 100]]),
    io:format("~p~n", [[A > B, A < B, A == A + 0, A =:= A * 1, A / B]]),
    io:format("~p~n", [(A * A) div A =:= A]),
    io:format("~p~n", [A * 0]),
    io:format("~p~n", [(A - A) =:= 0]).
