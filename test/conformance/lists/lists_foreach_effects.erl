#!/usr/bin/env escript
-module(lists_foreach_effects).
-export([main/1]).
-mode(compile).
%% Exercises: foreach order of side effects

main(_) ->
    lists:foreach(fun(X) -> io:format("~p;", [X]) end, [3, 2, 1]),
    io:format("~n"),
    lists:foreach(fun({K, V}) -> io:format("~p=~p~n", [K, V]) end, [{a, 1}, {b, 2}]).
