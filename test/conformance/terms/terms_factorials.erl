#!/usr/bin/env escript
-module(terms_factorials).
-export([main/1]).
-mode(compile).
%% Exercises: big integer results of factorials and powers

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
main(_) ->
    [io:format("~p! = ~p~n", [N, fact(N)]) || N <- [0, 1, 5, 10, 20, 21, 25, 30, 50]],
    io:format("~p~n", [fact(100)]),
    io:format("~p~n", [pow(3, 100)]),
    io:format("~p~n", [pow(-7, 33)]),
    io:format("~p~n", [fact(40) div fact(38)]).
