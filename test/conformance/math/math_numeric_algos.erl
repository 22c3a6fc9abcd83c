#!/usr/bin/env escript
-module(math_numeric_algos).
-export([main/1]).
-mode(compile).
%% Exercises: numeric algorithms: Newton sqrt, series for pi and e

newton(X, G, 0) -> {X, G};
newton(X, G, N) -> newton(X, (G + X / G) / 2, N - 1).
leibniz(N) -> 4 * lists:sum([math:pow(-1, K) / (2 * K + 1) || K <- lists:seq(0, N)]).
e_series(N) -> lists:sum([1 / fact(K) || K <- lists:seq(0, N)]).
fact(0) -> 1;
fact(K) -> K * fact(K - 1).
main(_) ->
    io:format("~p~n", [newton(2, 1.0, 6)]),
    io:format("~p~n", [leibniz(1000)]),
    io:format("~p~n", [e_series(20)]).
