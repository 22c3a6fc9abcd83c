#!/usr/bin/env escript
-module(math_rounding).
-export([main/1]).
-mode(compile).
%% Exercises: math:ceil, math:floor, math:fmod, erf

id(X) -> X.
main(_) ->
    io:format("~p~n", [[math:ceil(1.2), math:floor(-1.2), math:ceil(5), math:fmod(7.5, 2), math:fmod(-7.5, 2)]]),
    io:format("~p~n", [[math:erf(0.5), math:erfc(0.5)]]),
    io:format("~p~n", [try math:fmod(id(1), id(0)) catch error:R -> R end]).
