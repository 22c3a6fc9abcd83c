#!/usr/bin/env escript
-module(exc_after_value).
-export([main/1]).
-mode(compile).
%% Exercises: after does not change the value; after runs on every exit

id(X) -> X.
main(_) ->
    V = try id(1) after id(2) end,
    io:format("~p~n", [V]),
    W = try throw(x) catch throw:x -> caught after io:format("cleanup~n") end,
    io:format("~p~n", [W]),
    R = (catch try error(inner) after io:format("after runs before catch sees it~n") end),
    io:format("~p~n", [element(1, element(2, R))]).
