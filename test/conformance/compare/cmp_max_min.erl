#!/usr/bin/env escript
-module(cmp_max_min).
-export([main/1]).
-mode(compile).
%% Exercises: max/min BIFs return the first when equal

main(_) ->
    io:format("~p~n", [[max(1, 1.0), max(1.0, 1), min(1, 1.0), min(1.0, 1)]]),
    io:format("~p~n", [[max(a, 1), min(a, 1), max([], {}), min("a", <<"a">>), max(0.0, -0.0)]]),
    io:format("~p~n", [[lists:max([1, 1.0]), lists:min([1.0, 1]), lists:max([a, {b}, [c]])]]).
