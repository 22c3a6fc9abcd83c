#!/usr/bin/env escript
-module(arith_fib_big).
-export([main/1]).
-mode(compile).
%% Exercises: big integer Fibonacci and powers of two

fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
main(_) ->
    [io:format("fib(~p) = ~p~n", [N, fib(N, 0, 1)]) || N <- [10, 50, 78, 79, 80, 100, 200, 300]],
    io:format("~p~n", [[(1 bsl N) - 1 || N <- [31, 32, 53, 63, 64, 128]]]).
