#!/usr/bin/env escript
-module(bif_max_min).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:max/min across types

main(_) ->
    io:format("~p~n", [[max(1, 2), min(1, 2), max(a, "a"), min({}, []), max(2.0, 2), min(2, 2.0), max(<<>>, [])]]).
