#!/usr/bin/env escript
-module(arith_compound_expr).
-export([main/1]).
-mode(compile).
%% Exercises: larger arithmetic expressions and evaluation order

id(X) -> X.
main(_) ->
    X = id(17), Y = id(-4), Z = id(2.5),
    io:format("~p~n", [X * X - 2 * X * Y + Y * Y]),
    io:format("~p~n", [(X + Y) * (X - Y) div 3 rem 5]),
    io:format("~p~n", [X / Y + Z * 2 - X div Y]),
    io:format("~p~n", [((X bsl 3) bor 1) band bnot Y]),
    io:format("~p~n", [[X rem Y, -X rem Y, X div -Y, -X div -Y]]).
