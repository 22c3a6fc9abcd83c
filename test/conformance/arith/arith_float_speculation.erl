#!/usr/bin/env escript
-module(arith_float_speculation).
-export([main/1]).
-mode(compile).
%% Straight-line float arithmetic on tuple elements and parameters (erlts runs such a
%% body on raw doubles when every operand is a float, see compiler/js/float-spec.ts):
%% values, integers and mixed operands, -0.0, results that escape into tuples, lists
%% and calls, and the errors of an overflow, a division by zero and sqrt of a negative.

id(X) -> X.

step({X, Y, Z}, {VX, VY, VZ}, Dt) ->
    DX = X - VX * Dt,
    DY = Y - VY * Dt,
    DZ = Z - VZ * Dt,
    D2 = DX * DX + DY * DY + DZ * DZ,
    Mag = Dt / (D2 * math:sqrt(D2)),
    S = DX * 2 + DY * 0.5 - DZ / 4,
    {DX * Mag, DY * Mag, [DZ * Mag, S], D2 + 1}.

scale({A, B}, K) ->
    P = A * K,
    Q = B * K,
    R = P * P + Q * Q,
    T = R - P,
    U = T * T,
    V = U / K,
    {P, Q, R, T, U, V}.

show(F) ->
    try F() of
        V -> io:format("~p~n", [V])
    catch
        C:R:S -> io:format("~p:~p ~p~n", [C, R, hd(S)])
    end.

main(_) ->
    show(fun() -> step(id({1.0, 2.0, 3.0}), id({0.5, -0.25, 0.125}), id(0.01)) end),
    show(fun() -> step(id({1, 2, 3}), id({5, 2, 1}), id(1)) end),
    show(fun() -> step(id({1.0, 2, 3.0}), id({0.5, 1, 0.125}), id(0.5)) end),
    show(fun() -> step(id({1.0, 2.0, 3.0}), id({1.0, 2.0, 3.0}), id(1.0)) end),
    show(fun() -> step(id({1.0, 2.0, 3.0}), id({0.5, a, 0.125}), id(0.01)) end),
    show(fun() -> scale(id({3.0, 4.0}), id(2.0)) end),
    show(fun() -> scale(id({3.0, 4.0}), id(0.0)) end),
    show(fun() -> scale(id({1.0e200, 4.0}), id(1.0e200)) end),
    show(fun() -> scale(id({1.0e150, 4.0}), id(1.0e10)) end),
    show(fun() -> scale(id({-0.0, 0.0}), id(-1.0)) end),
    show(fun() -> scale(id({3, 4}), id(2)) end),
    show(fun() -> scale(id({3.0, 4}), id(2.0)) end),
    show(fun() -> scale(id({1.0e308, 1.0e308}), id(10)) end).
