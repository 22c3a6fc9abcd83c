#!/usr/bin/env escript
-module(arith_float_ops).
-export([main/1]).
-mode(compile).
%% Exercises: float + - * / with mixing int/float, precision

id(X) -> X.
main(_) ->
    io:format("~p~n", [id(1) + 0.0]),
    io:format("~p~n", [id(0.1) + id(0.7)]),
    io:format("~p~n", [id(1.0e16) + 1]),
    io:format("~p~n", [id(1.0e16) + 2]),
    io:format("~p~n", [id(9007199254740993) + 0.0]),
    io:format("~p~n", [id(1 bsl 100) * 1.0]),
    io:format("~p~n", [id(1 bsl 1023) * 1.0]),
    io:format("~p~n", [id(3) * 0.1]),
    io:format("~p~n", [id(1.0) - 0.9]),
    io:format("~p~n", [id(1.0e-320) / 10]),
    io:format("~p~n", [id(2.0) * id(-0.0)]),
    io:format("~p~n", [[id(X) * 1.1 || X <- lists:seq(1, 10)]]).
