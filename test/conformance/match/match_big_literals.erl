#!/usr/bin/env escript
-module(match_big_literals).
-export([main/1]).
-mode(compile).
%% Exercises: bignum and float literal patterns

f(18446744073709551616) -> two_pow_64;
f(-9007199254740993) -> neg_big;
f(1.5e300) -> huge_float;
f(_) -> other.
main(_) ->
    io:format("~p~n", [[f(X) || X <- [1 bsl 64, -9007199254740993, 1.5e300, (1 bsl 64) + 1, 1.5e300 * 1]]]).
