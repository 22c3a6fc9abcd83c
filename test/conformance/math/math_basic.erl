#!/usr/bin/env escript
-module(math_basic).
-export([main/1]).
-mode(compile).
%% Exercises: math:sqrt, pow, exp, log, log2, log10, pi

id(X) -> X.
main(_) ->
    io:format("~p~n", [[math:sqrt(2), math:sqrt(16), math:pow(2, 10), math:pow(2.5, -2), math:exp(1), math:log(10)]]),
    io:format("~p~n", [[math:log2(1024), math:log10(0.001), math:pi(), math:pow(-8, 3)]]),
    io:format("~p~n", [try math:sqrt(id(-1)) catch error:R -> R end]),
    io:format("~p~n", [try math:log(id(0)) catch error:R2 -> R2 end]).
