#!/usr/bin/env escript
-module(arith_bignum_boundaries).
-export([main/1]).
-mode(compile).
%% Exercises: operations landing exactly on 2^53 and 2^64 boundaries

id(X) -> X.
main(_) ->
    M = id(9007199254740991),
    io:format("~p~n", [[M + 1, M + 2, M * 2, -M - 1, -M - 2, (M + 1) - 1, (M + 2) - 2]]),
    io:format("~p~n", [[(M + 1) div 2, (M + 1) rem 3, (M + 2) band 1, (M + 1) bsr 1]]),
    io:format("~p~n", [[(M + 1) - 1 =:= M, is_integer(M + 1), (M + 1) / 2]]),
    T = id(1 bsl 64),
    io:format("~p~n", [[T - 1, T - T, T div T, (T - 1) band 16#FFFFFFFF, -T bsr 63]]).
