#!/usr/bin/env escript
-module(cmp_operators_all).
-export([main/1]).
-mode(compile).
%% Exercises: all six comparison operators over a value grid

main(_) ->
    V = [1, 2.0, a, {1}, [1], <<1>>],
    [io:format("~w~n", [[A < B, A =< B, A > B, A >= B, A == B, A /= B]]) || A <- V, B <- V].
