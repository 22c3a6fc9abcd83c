#!/usr/bin/env escript
-module(arith_sum_series).
-export([main/1]).
-mode(compile).
%% Exercises: numeric loops mixing ints and floats

sum(N, N, Acc) -> Acc + N;
sum(I, N, Acc) -> sum(I + 1, N, Acc + I).
harm(0, Acc) -> Acc;
harm(N, Acc) -> harm(N - 1, Acc + 1 / N).
main(_) ->
    io:format("~p~n", [sum(1, 100000, 0)]),
    io:format("~p~n", [harm(1000, 0)]),
    io:format("~p~n", [harm(10, 0.0)]),
    io:format("~p~n", [lists:sum([X * X * X || X <- lists:seq(1, 1000)])]),
    io:format("~p~n", [lists:sum([1 / X || X <- lists:seq(1, 100)])]).
