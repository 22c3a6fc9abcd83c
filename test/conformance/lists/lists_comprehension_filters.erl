#!/usr/bin/env escript
-module(lists_comprehension_filters).
-export([main/1]).
-mode(compile).
%% Exercises: list comprehensions with filters and multiple generators

main(_) ->
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~p~n", [[X * Y || X <- lists:seq(1, 4), Y <- lists:seq(X, 4), (X + Y) rem 2 =:= 0]]),
    io:format("~p~n", [[{A, B, C} || C <- lists:seq(1, 20), B <- lists:seq(1, C), A <- lists:seq(1, B), A * A + B * B =:= C * C]]),
    io:format("~p~n", [[X || X <- [1, a, 2.0, "s", 3], is_integer(X)]]),
    io:format("~p~n", [[ok || _ <- [], throw(never)]]).
