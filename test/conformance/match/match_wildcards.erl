#!/usr/bin/env escript
-module(match_wildcards).
-export([main/1]).
-mode(compile).
%% Exercises: underscore and underscore-prefixed variables

id(X) -> X.
main(_) ->
    {_, _, _Third} = id({1, 2, 3}),
    [_ | _] = id([a]),
    _ = id(anything),
    {_X, _Z} = id({same, other}),
    io:format("~p~n", [ok]),
    io:format("~p~n", [try {_Y, b} = id({a, c}) catch error:R -> R end]).
