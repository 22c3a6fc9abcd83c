#!/usr/bin/env escript
-module(ds_gbsets_difference).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets difference/2 and subtract/2 for both strategies, with == elements

p(X) -> io:format("~w~n", [X]).

main(_) ->
    A = gb_sets:from_list([1, 2, 3, 4, 5, 6, 7]),
    B = gb_sets:from_list([2, 4, 6, 8]),
    p(gb_sets:difference(A, B)),
    p(gb_sets:difference(B, A)),
    p(gb_sets:subtract(A, B) =:= gb_sets:difference(A, B)),
    p(gb_sets:difference(A, gb_sets:new())),
    p(gb_sets:difference(gb_sets:new(), A)),
    p(gb_sets:difference(A, A)),
    p(gb_sets:difference(gb_sets:from_list([1, 2.0, 3]), gb_sets:from_list([1.0, 3]))),
    Small = gb_sets:from_list([5, 10, 15.0, 1000]),
    Big = gb_sets:from_list(lists:seq(0, 500, 5)),
    p(gb_sets:difference(Small, Big)),
    p(gb_sets:difference(Big, Small)),
    p(gb_sets:difference(gb_sets:from_list(lists:seq(1, 30)), gb_sets:from_list(lists:seq(1, 30, 2)))),
    Left = gb_sets:from_list(lists:seq(1, 40)),
    p(gb_sets:difference(Left, gb_sets:from_list([41, 42, 43]))),
    p(gb_sets:difference(Left, gb_sets:from_list([40, 39]))).
