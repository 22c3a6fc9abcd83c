#!/usr/bin/env escript
-module(exc_catch_precedence).
-export([main/1]).
-mode(compile).
%% Exercises: catch has low precedence; catch in match

id(X) -> X.
main(_) ->
    A = (catch id(1) + id(2)),
    io:format("~p~n", [A]),
    B = catch throw(id(x)),
    io:format("~p~n", [B]),
    io:format("~p~n", [[catch throw(I) || I <- [1, 2, 3]]]).
