#!/usr/bin/env escript
-module(arith_comparison_of_results).
-export([main/1]).
-mode(compile).
%% Exercises: results of mixed arithmetic compared and sorted

id(X) -> X.
main(_) ->
    L = [id(3) / 2, id(3) div 2, id(3) rem 2, id(-3) / 2, id(1 bsl 70) / 1, 1 bsl 70, 0.0, -0.0, 0],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [lists:usort(L)]),
    io:format("~p~n", [lists:max(L)]),
    io:format("~p~n", [lists:min(L)]).
