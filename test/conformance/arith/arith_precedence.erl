#!/usr/bin/env escript
-module(arith_precedence).
-export([main/1]).
-mode(compile).
%% Exercises: operator precedence and associativity

id(X) -> X.
main(_) ->
    A = id(2), B = id(3), C = id(4),
    io:format("~p~n", [A + B * C]),
    io:format("~p~n", [(A + B) * C]),
    io:format("~p~n", [A - B - C]),
    io:format("~p~n", [A - (B - C)]),
    io:format("~p~n", [100 div A div B]),
    io:format("~p~n", [-A * -B]),
    io:format("~p~n", [A * B rem C]),
    io:format("~p~n", [A + B band C]),
    io:format("~p~n", [1 bsl A + B]),
    io:format("~p~n", [A bor B bxor C]),
    io:format("~p~n", [- - A]),
    io:format("~p~n", [bnot bnot A]),
    io:format("~p~n", [A / B * C]),
    io:format("~p~n", [A + B == 5 andalso C > A]),
    io:format("~p~n", [[A|[B]] ++ [C] -- [A]]),
    io:format("~p~n", [[1,2,3] -- [1] -- [1]]).
