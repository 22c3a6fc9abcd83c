#!/usr/bin/env escript
-module(ds_sets_subtract_subset).
-export([main/1]).
-mode(compile).
%% Exercises: sets subtract/2 and is_subset/2 for both versions, exact (=:=) element matching

p(X) -> io:format("~w~n", [X]).

main(_) ->
    A = sets:from_list([1, 2, 3, 4, 5]),
    B = sets:from_list([2, 4, 6]),
    p(sets:subtract(A, B)),
    p(sets:to_list(sets:subtract(B, A))),
    p(sets:subtract(A, sets:new()) =:= A),
    p(sets:subtract(A, A)),
    p(sets:to_list(sets:subtract(sets:from_list([1, 1.0]), sets:from_list([1])))),
    p([sets:is_subset(X, Y) || {X, Y} <- [{B, A}, {sets:from_list([2, 4]), B}, {sets:new(), A}, {A, A}, {A, sets:new()}]]),
    p(sets:is_subset(sets:from_list([2.0]), B)),
    P = sets:from_list(lists:seq(1, 100)),
    p(sets:is_subset(sets:from_list(lists:seq(10, 90, 10)), P)),
    p(sets:to_list(sets:subtract(P, sets:from_list(lists:seq(1, 95))))),
    V2 = sets:from_list([a, b, c], [{version, 2}]),
    W2 = sets:from_list([b], [{version, 2}]),
    p(sets:subtract(V2, W2)),
    p(sets:subtract(W2, V2)),
    p([sets:is_subset(W2, V2), sets:is_subset(V2, W2), sets:is_subset(sets:new([{version, 2}]), W2)]),
    p(sets:is_subset(sets:from_list([a, b, c, d], [{version, 2}]), V2)).
