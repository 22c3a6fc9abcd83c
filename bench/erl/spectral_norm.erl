%% Spectral norm: the largest singular value of the infinite matrix
%% A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to N x N, by ten rounds of the power
%% method on A'A (the Benchmarks Game problem). Float arithmetic over lists, integer
%% arithmetic for the matrix entries. run(N) returns the norm as a float.
-module(spectral_norm).
-export([run/1]).

run(N) ->
    U0 = lists:duplicate(N, 1.0),
    {U, V} = power(10, N, U0, U0),
    math:sqrt(dot(U, V) / dot(V, V)).

power(0, _N, U, V) -> {U, V};
power(I, N, U, _V) ->
    V = mul_atav(N, U),
    power(I - 1, N, mul_atav(N, V), V).

mul_atav(N, U) -> mul_atv(N, mul_av(N, U)).

%% (A v)_i = sum_j A(i,j) v_j
mul_av(N, V) -> [row(fun(J) -> a(I, J) end, V, 0, 0.0) || I <- lists:seq(0, N - 1)].

%% (A' v)_i = sum_j A(j,i) v_j
mul_atv(N, V) -> [row(fun(J) -> a(J, I) end, V, 0, 0.0) || I <- lists:seq(0, N - 1)].

row(_Denom, [], _J, Sum) -> Sum;
row(Denom, [X | Xs], J, Sum) -> row(Denom, Xs, J + 1, Sum + X / Denom(J)).

%% The denominator of A(i,j).
a(I, J) -> (I + J) * (I + J + 1) div 2 + I + 1.

dot(Xs, Ys) -> lists:foldl(fun({X, Y}, S) -> S + X * Y end, 0.0, lists:zip(Xs, Ys)).
