#!/usr/bin/env escript
-module(terms_float_arith_print).
-export([main/1]).
-mode(compile).
%% Exercises: printing results of float arithmetic

id(X) -> X.
main(_) ->
    A = id(0.1), B = id(0.2),
    io:format("~p~n", [A + B]),
    io:format("~p~n", [A * 3]),
    io:format("~p~n", [1 / id(3)]),
    io:format("~p~n", [2 / id(3)]),
    io:format("~p~n", [id(10) / 4]),
    io:format("~p~n", [id(1.0e300) * 10]),
    io:format("~p~n", [id(100.0) * 100.0]),
    io:format("~p~n", [[X / 7 || X <- lists:seq(1, 8)]]),
    io:format("~p~n", [[math:pow(10, N) || N <- lists:seq(-5, 25, 3)]]),
    io:format("~p~n", [-0.0]),
    io:format("~p~n", [id(0.0) * -1]).
