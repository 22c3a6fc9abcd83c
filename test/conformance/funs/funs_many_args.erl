#!/usr/bin/env escript
-module(funs_many_args).
-export([main/1]).
-mode(compile).
%% Exercises: funs and functions with many arguments

f(A, B, C, D, E, F, G, H, I, J) -> [J, I, H, G, F, E, D, C, B, A].
main(_) ->
    io:format("~p~n", [f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]),
    G = fun(A, B, C, D, E, F, G1, H) -> A + B + C + D + E + F + G1 + H end,
    io:format("~p~n", [G(1, 2, 3, 4, 5, 6, 7, 8)]),
    io:format("~p~n", [apply(fun f/10, lists:seq(11, 20))]).
