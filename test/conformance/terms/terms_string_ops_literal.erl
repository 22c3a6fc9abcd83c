#!/usr/bin/env escript
-module(terms_string_ops_literal).
-export([main/1]).
-mode(compile).
%% Exercises: adjacent string literal concatenation and string patterns

f("abc" ++ Rest) -> {abc, Rest};
f("x" "y" ++ Rest) -> {xy, Rest};
f(Other) -> {other, Other}.
main(_) ->
    io:format("~p~n", ["one" "two" "three"]),
    io:format("~p~n", [[f(S) || S <- ["abcdef", "abc", "xyz", "xy", "q", ""]]]),
    io:format("~p~n", [length("a" "bb" "ccc")]).
