#!/usr/bin/env escript
-module(exc_exit_terms).
-export([main/1]).
-mode(compile).
%% Exercises: exit/1 with various terms, caught

id(X) -> X.
main(_) ->
    [io:format("~p~n", [try exit(id(T)) catch exit:R -> R end]) || T <- [normal, kill, {shutdown, x}, 1, "s", []]].
