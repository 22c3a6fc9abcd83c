#!/usr/bin/env escript
-module(terms_big_ints).
-export([main/1]).
-mode(compile).
%% Exercises: bignum literals and printing around 2^53 and 2^64

main(_) ->
    A = 9007199254740992,
    B = 18446744073709551616,
    C = -340282366920938463463374607431768211456,
    io:format("~p~n~p~n~p~n", [A, B, C]),
    io:format("~w ~w~n", [A + 1, A - 1]),
    io:format("~p~n", [B * B]),
    io:format("~p~n", [C div 7]),
    io:format("~p~n", [[1 bsl N || N <- [52, 53, 54, 63, 64, 65, 127, 128]]]),
    io:format("~p~n", [[-(1 bsl N) || N <- [52, 53, 54, 63, 64]]]),
    io:format("~b~n", [B]),
    io:format("~p~n", [123456789012345678901234567890]).
