#!/usr/bin/env escript
-module(arith_big_growth).
-export([main/1]).
-mode(compile).
%% Integers growing far past 2^4096 one operation at a time (each result is checked
%% against the largest bignum BEAM allows): doubling, squaring, and back down.

double(0, A) -> A;
double(N, A) -> double(N - 1, A * 2 + N).

square(0, A) -> A;
square(N, A) -> square(N - 1, A * A + 1).

halve(A, N) when A < 1000 -> {A, N};
halve(A, N) -> halve(A div 3 - 1, N + 1).

bits(0, B) -> B;
bits(A, B) -> bits(A bsr 1, B + 1).

main(_) ->
    D = double(20000, 0),
    io:format("~p ~p ~p~n", [D rem 1000000007, bits(D, 0), -D rem 999983]),
    S = square(14, 3),
    io:format("~p ~p~n", [S rem 1000000007, bits(S, 0)]),
    io:format("~p~n", [halve(D, 0)]),
    io:format("~p~n", [(D - D + 1) + (-D + D)]),
    Big = bits(D, 0) * 1677,
    io:format("~p~n", [catch (1 bsl Big) * 2 =:= 0]).
