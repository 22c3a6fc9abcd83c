#!/usr/bin/env escript
-module(ds_gbsets_subset_disjoint).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets is_subset/2 and is_disjoint/2 on small, large and empty sets

p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = gb_sets:from_list([2, 4, 6]),
    B = gb_sets:from_list([1, 2, 3, 4, 5, 6]),
    E = gb_sets:new(),
    p([gb_sets:is_subset(A, B), gb_sets:is_subset(B, A), gb_sets:is_subset(E, A), gb_sets:is_subset(A, A), gb_sets:is_subset(E, E)]),
    p(gb_sets:is_subset(gb_sets:from_list([2.0, 4]), A)),
    p(gb_sets:is_subset(gb_sets:from_list([7]), B)),
    Big = gb_sets:from_list(lists:seq(1, 1000)),
    p([gb_sets:is_subset(gb_sets:from_list(L), Big) || L <- [[1, 500, 1000], [0, 5], [999.0], [1001]]]),
    p(gb_sets:is_subset(Big, gb_sets:from_list([1, 2]))),
    p([gb_sets:is_disjoint(A, B), gb_sets:is_disjoint(A, gb_sets:from_list([1, 3, 5])), gb_sets:is_disjoint(E, A), gb_sets:is_disjoint(A, E)]),
    p(gb_sets:is_disjoint(gb_sets:from_list([1, 3]), gb_sets:from_list([3.0]))),
    p([gb_sets:is_disjoint(gb_sets:from_list(L), Big) || L <- [[0, 1001], [0, 1000], [-5, 2000, 500.5], [500.0]]]),
    Odds = gb_sets:from_list(lists:seq(1, 99, 2)),
    Evens = gb_sets:from_list(lists:seq(0, 98, 2)),
    p({gb_sets:is_disjoint(Odds, Evens), gb_sets:is_disjoint(Evens, gb_sets:add(51, Odds))}),
    p(gb_sets:is_subset(Odds, gb_sets:union(Odds, Evens))).
