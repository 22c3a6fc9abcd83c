#!/usr/bin/env escript
-module(funs_fun_equality).
-export([main/1]).
-mode(compile).
%% Exercises: equality and ordering of external funs

id(X) -> X.
main(_) ->
    A = fun lists:map/2, B = id(fun lists:map/2), C = fun lists:filter/2,
    io:format("~p~n", [[A =:= B, A == C, A < C, C < A]]),
    io:format("~p~n", [lists:sort([fun lists:sort/1, fun lists:map/2, fun erlang:abs/1])]).
