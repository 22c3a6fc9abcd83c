#!/usr/bin/env escript
-module(arith_isqrt_bignum).
-export([main/1]).
-mode(compile).
%% Exercises: integer square roots of bignums by Newton iteration

isqrt(0) -> 0;
isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt(N, Y) end.
main(_) ->
    [io:format("~p~n", [isqrt(N)]) || N <- [1, 2, 99, 100, 1 bsl 64, 1 bsl 127, 10 bsl 200, 123456789012345678901234567890]].
