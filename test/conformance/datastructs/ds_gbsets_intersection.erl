#!/usr/bin/env escript
-module(ds_gbsets_intersection).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets:intersection/2 (merge and lookup strategies, == elements) and intersection/1

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    A = gb_sets:from_list([1, 2, 3, 4, 5, 6]),
    B = gb_sets:from_list([4, 5, 6, 7, 8]),
    p(gb_sets:intersection(A, B)),
    p(gb_sets:intersection(B, A)),
    p(gb_sets:intersection(A, gb_sets:new())),
    p(gb_sets:intersection(gb_sets:from_list([1, 2.0, 3]), gb_sets:from_list([1.0, 2, 3.0, 4]))),
    p(gb_sets:intersection(gb_sets:from_list([1.0, 2, 3.0, 4]), gb_sets:from_list([1, 2.0, 3]))),
    Big = gb_sets:from_list(lists:seq(1, 300)),
    Small = gb_sets:from_list([0, 7, 7.0, 150.0, 299, 301]),
    p(gb_sets:intersection(Small, Big)),
    p(gb_sets:intersection(Big, Small)),
    Evens = gb_sets:from_list(lists:seq(0, 100, 2)),
    Threes = gb_sets:from_list(lists:seq(0, 100, 3)),
    p(gb_sets:intersection(Evens, Threes)),
    p(gb_sets:intersection([Evens, Threes, gb_sets:from_list(lists:seq(0, 100, 5))])),
    p(gb_sets:intersection([Evens])),
    p(e(fun() -> gb_sets:intersection([]) end)),
    p(gb_sets:size(gb_sets:intersection(gb_sets:from_list(lists:seq(1, 1000)), gb_sets:from_list(lists:seq(900, 2000))))).
