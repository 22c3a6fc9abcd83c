#!/usr/bin/env escript
-module(match_basic).
-export([main/1]).
-mode(compile).
%% Exercises: simple variable, literal and tuple matches

id(X) -> X.
main(_) ->
    {A, B} = id({1, 2}),
    [H | T] = id([a, b, c]),
    {ok, V} = id({ok, "val"}),
    1 = id(1),
    io:format("~p~n", [{A, B, H, T, V}]).
