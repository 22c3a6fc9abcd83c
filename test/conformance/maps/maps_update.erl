#!/usr/bin/env escript
-module(maps_update).
-export([main/1]).
-mode(compile).
%% Exercises: => and := update syntax

id(X) -> X.
main(_) ->
    M = id(#{a => 1}),
    io:format("~p~n", [M#{b => 2}]),
    io:format("~p~n", [M#{a => 10}]),
    io:format("~p~n", [M#{a := 100}]),
    io:format("~p~n", [M#{a := 1, c => 3}]),
    io:format("~p~n", [try M#{nope := 1} catch error:R -> R end]),
    io:format("~p~n", [try (id(notmap))#{a => 1} catch error:R2 -> R2 end]),
    io:format("~p~n", [try (id([]))#{a := 1} catch error:R3 -> R3 end]).
