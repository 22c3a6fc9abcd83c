#!/usr/bin/env escript
-module(match_pin_like).
-export([main/1]).
-mode(compile).
%% Exercises: already-bound variables in patterns act as constraints

id(X) -> X.
find(K, [{K, V} | _]) -> {found, V};
find(K, [_ | T]) -> find(K, T);
find(_, []) -> none.
main(_) ->
    L = id([{a, 1}, {b, 2}, {c, 3}]),
    io:format("~p~n", [[find(K, L) || K <- [a, b, c, d]]]),
    X = id(2),
    io:format("~p~n", [[Y || {_, Y} <- L, Y =:= X]]),
    io:format("~p~n", [case id({2, 3}) of {X, Z} -> {matched, Z}; _ -> nope end]).
