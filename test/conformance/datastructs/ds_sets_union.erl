#!/usr/bin/env escript
-module(ds_sets_union).
-export([main/1]).
-mode(compile).
%% Exercises: sets:union/2 and union/1 for both versions: which set is added into which, resulting layout

p(X) -> io:format("~w~n", [X]).

main(_) ->
    A = sets:from_list([1, 2, 3]),
    B = sets:from_list([3, 4, 5, 6]),
    p(sets:union(A, B)),
    p(sets:union(B, A)),
    p(sets:to_list(sets:union(A, B))),
    p(sets:union(A, sets:new())),
    p(sets:union([A, B, sets:from_list([0, 9])])),
    p(sets:union([A])),
    p(sets:union([])),
    p(sets:to_list(sets:union(sets:from_list(lists:seq(1, 50)), sets:from_list(lists:seq(40, 100))))),
    V2a = sets:from_list([1, 2, 3], [{version, 2}]),
    V2b = sets:from_list([3, 4], [{version, 2}]),
    p(sets:union(V2a, V2b)),
    p(sets:union([V2a, V2b, sets:from_list([z], [{version, 2}])])),
    p(sets:to_list(sets:union(sets:from_list([1, 1.0]), sets:from_list([1.0, 2.0])))).
