#!/usr/bin/env escript
-module(match_repeated_vars).
-export([main/1]).
-mode(compile).
%% Exercises: repeated variables in patterns require equal values

id(X) -> X.
same({X, X}) -> same;
same({_, _}) -> different.
main(_) ->
    io:format("~p~n", [[same(P) || P <- [{1, 1}, {1, 2}, {1, 1.0}, {[a], [a]}, {<<1>>, <<1>>}, {#{}, #{}}]]]),
    X = id(5),
    io:format("~p~n", [try {X, _} = id({5, 6}) catch error:R -> R end]),
    io:format("~p~n", [try {X, _} = id({6, 6}) catch error:R2 -> R2 end]),
    [Y, Y | _] = id([7, 7, 8]),
    io:format("~p~n", [Y]).
