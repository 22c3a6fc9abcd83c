#!/usr/bin/env escript
-module(arith_float_inline_paths).
-export([main/1]).
-mode(compile).
%% Exercises: + - * / on two floats, a float and an integer, two integers, a bignum
%% and a float, and their failures (overflow, zero divisor, bad operand): the compiled
%% code computes two floats inline and must give what the BIFs give, errors included.

id(X) -> X.
e({'EXIT', {R, [Top | _]}}) -> {'EXIT', R, Top};
e(V) -> V.

ops(A, B) -> [r(catch A + B), r(catch A - B), r(catch A * B), r(catch A / B)].

r({'EXIT', {R, _}}) -> R;
r(V) -> V.

main(_) ->
    Pairs = [{1.5, 2.25}, {-0.0, 0.0}, {0.0, -3.0}, {1.0e300, 1.0e-300}, {3, 0.5},
             {0.5, 3}, {7, 2}, {-7, 2}, {1 bsl 80, 2.0}, {2.0, 1 bsl 80},
             {9007199254740993, 1.0}, {0.1, 0.2}, {-1.0e-320, 1.0e10}],
    [io:format("~w ~w: ~w~n", [A, B, ops(id(A), id(B))]) || {A, B} <- Pairs],
    io:format("~w~n", [id(0) / id(-5)]),
    io:format("~w~n", [id(-0.0) * id(1.0)]),
    X = id(1.0e308),
    io:format("~p~n", [e(catch X * id(10.0))]),
    io:format("~p~n", [e(catch X + X)]),
    io:format("~p~n", [e(catch -X - X)]),
    io:format("~p~n", [e(catch id(1.0) / id(0.0))]),
    io:format("~p~n", [e(catch id(1.0) / id(-0.0))]),
    io:format("~p~n", [e(catch id(0.0) / id(0.0))]),
    io:format("~p~n", [e(catch id(1) / id(0))]),
    io:format("~p~n", [e(catch id(2.0) * id(a))]),
    io:format("~p~n", [e(catch id(b) - id(2.0))]),
    io:format("~p~n", [e(catch id(1.0) / id("x"))]),
    io:format("~p~n", [e(catch id(1.0e200) * id(1 bsl 1000))]),
    io:format("~p~n", [e(catch id(1.5) + id(1 bsl 1100))]),
    D = dist(id({1.0, 2.0, 3.0}), id({4.0, 6.0, 3.0})),
    io:format("~w~n", [D]).

dist({X1, Y1, Z1}, {X2, Y2, Z2}) ->
    DX = X1 - X2, DY = Y1 - Y2, DZ = Z1 - Z2,
    D2 = DX * DX + DY * DY + DZ * DZ,
    {D2, math:sqrt(D2), 1.0 / D2, DX * DY * DZ}.
