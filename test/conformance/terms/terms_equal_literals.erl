#!/usr/bin/env escript
-module(terms_equal_literals).
-export([main/1]).
-mode(compile).
%% Exercises: literal sharing and identity of equal terms

id(X) -> X.
main(_) ->
    A = {a, [1, 2], <<"x">>},
    B = id({a, [1, 2], <<"x">>}),
    io:format("~p ~p~n", [A =:= B, A == B]),
    io:format("~p~n", [[X =:= Y || X <- [1, 1.0, a, "a", <<"a">>], Y <- [1, 1.0, a, "a", <<"a">>]]]),
    io:format("~p~n", [[X == Y || X <- [1, 1.0, 0, -0.0, 0.0], Y <- [1, 1.0, 0, 0.0]]]).
