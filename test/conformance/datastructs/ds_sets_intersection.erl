#!/usr/bin/env escript
-module(ds_sets_intersection).
-export([main/1]).
-mode(compile).
%% Exercises: sets:intersection/2 and intersection/1 for both versions; layout of the filtered (smaller) set

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    A = sets:from_list(lists:seq(1, 10)),
    B = sets:from_list(lists:seq(5, 20)),
    p(sets:intersection(A, B)),
    p(sets:intersection(B, A)),
    p(sets:to_list(sets:intersection(A, B))),
    p(sets:intersection(A, sets:new())),
    Big = sets:from_list(lists:seq(1, 150)),
    Sm = sets:filter(fun(X) -> X rem 7 =:= 0 end, Big),
    p(Sm),
    p(sets:intersection(Big, sets:from_list(lists:seq(100, 300)))),
    p(sets:intersection([A, B, sets:from_list([5, 6, 7, 100])])),
    p(sets:intersection([A])),
    p(e(fun() -> sets:intersection([]) end)),
    V1 = sets:from_list([a, b, c, d], [{version, 2}]),
    V2 = sets:from_list([c, d, e], [{version, 2}]),
    p(sets:intersection(V1, V2)),
    p(sets:intersection(V2, V1)),
    p(sets:intersection(V1, sets:new([{version, 2}]))),
    p(sets:to_list(sets:intersection(sets:from_list([1, 2.0]), sets:from_list([1.0, 2.0])))).
