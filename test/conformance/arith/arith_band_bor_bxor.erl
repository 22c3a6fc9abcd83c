#!/usr/bin/env escript
-module(arith_band_bor_bxor).
-export([main/1]).
-mode(compile).
%% Exercises: bitwise operators on small, negative and big ints

id(X) -> X.
main(_) ->
    L = [0, 1, -1, 255, -256, 16#F0F0, 1 bsl 60, -(1 bsl 60), (1 bsl 100) - 1, -(1 bsl 100)],
    [io:format("~p ~p ~p~n", [id(A) band id(B), id(A) bor id(B), id(A) bxor id(B)]) || A <- L, B <- L],
    io:format("~p~n", [[bnot X || X <- L]]).
