#!/usr/bin/env escript
-module(ds_gbsets_union).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets:union/2 for small and large size ratios (merge or insert), == elements kept, union/1

p(X) -> io:format("~w~n", [X]).

main(_) ->
    A = gb_sets:from_list([1, 3, 5, 7]),
    B = gb_sets:from_list([2, 3, 4]),
    p(gb_sets:union(A, B)),
    p(gb_sets:union(B, A)),
    p(gb_sets:union(A, gb_sets:new())),
    p(gb_sets:union(gb_sets:new(), A)),
    %% which of two == elements survives
    I = gb_sets:from_list([1, 2, 3]),
    F = gb_sets:from_list([1.0, 2.0, 3.0, 4.0]),
    p(gb_sets:union(I, F)),
    p(gb_sets:union(F, I)),
    p(gb_sets:union(gb_sets:from_list([1, 2.0, 3]), gb_sets:from_list([1.0, 2, 3.0]))),
    %% a small set into a big one: elements are inserted
    Big = gb_sets:from_list(lists:seq(0, 200, 2)),
    Small = gb_sets:from_list([1, 51, 101.0, 100.0]),
    p(gb_sets:union(Small, Big)),
    p(gb_sets:union(Big, Small)),
    Mid = gb_sets:from_list(lists:seq(1, 60, 3)),
    p(gb_sets:union(Mid, gb_sets:from_list(lists:seq(0, 40)))),
    p(gb_sets:union([A, B, gb_sets:from_list([9, 0])])),
    p(gb_sets:union([A])),
    p(gb_sets:union([])),
    p(gb_sets:size(gb_sets:union(gb_sets:from_list(lists:seq(1, 500)), gb_sets:from_list(lists:seq(250, 750))))).
