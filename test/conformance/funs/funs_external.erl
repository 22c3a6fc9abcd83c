#!/usr/bin/env escript
-module(funs_external).
-export([main/1]).
-mode(compile).
%% Exercises: fun M:F/A references, including to local exported functions

-export([double/1]).
double(X) -> 2 * X.
id(X) -> X.
main(_) ->
    F = fun ?MODULE:double/1,
    io:format("~p~n", [F(21)]),
    M = id(lists), N = id(reverse),
    G = fun M:N/1,
    io:format("~p~n", [G([1, 2, 3])]),
    io:format("~p~n", [lists:map(fun erlang:abs/1, [-1, 2, -3])]),
    H = fun double/1,
    io:format("~p~n", [H(5)]).
