#!/usr/bin/env escript
-module(bin_match_ints).
-export([main/1]).
-mode(compile).
%% Exercises: integer segment matching with signed/unsigned/endianness

id(X) -> X.
main(_) ->
    B = id(<<255, 254, 1, 2, 3, 4, 5, 6>>),
    <<A:8, S:8/signed, L:16/little, R:32/big>> = B,
    io:format("~p~n", [{A, S, L, R}]),
    <<X:16/signed-little, Y:48>> = B,
    io:format("~p~n", [{X, Y}]),
    <<H:4, T:4, _/binary>> = B,
    io:format("~p~n", [{H, T}]),
    <<Big:64/signed>> = B,
    io:format("~p~n", [Big]).
