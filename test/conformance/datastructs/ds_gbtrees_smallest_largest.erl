#!/usr/bin/env escript
-module(ds_gbtrees_smallest_largest).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees smallest/largest/take_smallest/take_largest, draining a tree from both ends

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

drain_small(T, Acc) ->
    case gb_trees:is_empty(T) of
        true -> lists:reverse(Acc);
        false -> {K, V, T1} = gb_trees:take_smallest(T), drain_small(T1, [{K, V} | Acc])
    end.

drain_large(T, Acc) ->
    case gb_trees:size(T) of
        0 -> Acc;
        _ -> {K, _, T1} = gb_trees:take_largest(T), drain_large(T1, [K | Acc])
    end.

main(_) ->
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, -K, Acc) end, gb_trees:empty(), [50, 20, 80, 10, 30, 70, 90, 25]),
    p({gb_trees:smallest(T), gb_trees:largest(T)}),
    {K1, V1, T1} = gb_trees:take_smallest(T),
    p({K1, V1}), p(T1),
    {K2, V2, T2} = gb_trees:take_largest(T1),
    p({K2, V2}), p(T2),
    p(drain_small(T, [])),
    p(drain_large(T, [])),
    One = gb_trees:insert(x, y, gb_trees:empty()),
    p({gb_trees:take_smallest(One), gb_trees:take_largest(One)}),
    E = gb_trees:empty(),
    p(e(fun() -> gb_trees:smallest(E) end)),
    p(e(fun() -> gb_trees:largest(E) end)),
    p(e(fun() -> gb_trees:take_smallest(E) end)),
    p(e(fun() -> gb_trees:take_largest(E) end)),
    Big = gb_trees:from_orddict([{I, I} || I <- lists:seq(1, 100)]),
    {_, _, B1} = gb_trees:take_smallest(Big),
    {_, _, B2} = gb_trees:take_largest(B1),
    p({gb_trees:size(B2), gb_trees:smallest(B2), gb_trees:largest(B2)}).
