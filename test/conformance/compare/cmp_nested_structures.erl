#!/usr/bin/env escript
-module(cmp_nested_structures).
-export([main/1]).
-mode(compile).
%% Exercises: deep structural equality and ordering

main(_) ->
    A = {a, [1, {2, <<"x">>}, #{k => [v]}], 3.0},
    B = {a, [1, {2, <<"x">>}, #{k => [v]}], 3},
    C = {a, [1, {2, <<"y">>}, #{k => [v]}], 3.0},
    io:format("~w~n", [[A == B, A =:= B, A < C, B < C, A > B, A < B, compare(A, B)]]).
compare(X, Y) when X < Y -> lt;
compare(X, Y) when X > Y -> gt;
compare(_, _) -> eq.
