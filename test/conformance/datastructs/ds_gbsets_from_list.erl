#!/usr/bin/env escript
-module(ds_gbsets_from_list).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets from_list/1 (duplicates, unsorted, == elements), from_ordset/1 shapes, balance/1

p(X) -> io:format("~w~n", [X]).

main(_) ->
    [p(gb_sets:from_list(lists:seq(1, N))) || N <- [0, 1, 2, 3, 4, 5, 6, 7, 10, 13]],
    p(gb_sets:from_list([c, a, b, a, c, d])),
    p(gb_sets:from_list([2, 1.0, 1, 2.0, 3])),
    p(gb_sets:from_ordset([a, b, c, d, e, f])),
    p(gb_sets:from_ordset([])),
    Ins = lists:foldl(fun gb_sets:insert/2, gb_sets:new(), lists:seq(1, 12)),
    p(Ins),
    p(gb_sets:balance(Ins)),
    p(gb_sets:balance(Ins) =:= gb_sets:from_list(lists:seq(1, 12))),
    Del = lists:foldl(fun gb_sets:delete/2, gb_sets:from_list(lists:seq(1, 20)), [10, 5, 15, 1, 20]),
    p(Del),
    p(gb_sets:balance(Del)),
    p(gb_sets:to_list(gb_sets:from_list(["b", "a", "c", "a"]))).
