#!/usr/bin/env escript
-module(cmp_atoms).
-export([main/1]).
-mode(compile).
%% Exercises: atom ordering by characters

main(_) ->
    L = [b, a, 'B', 'A', aa, 'a b', '', z, 'Z', '_', '~', 'é', abc, ab],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~w~n", [[a < b, aa > a, 'Z' < a, '' < a]]).
