#!/usr/bin/env escript
-module(ds_gbtrees_delete).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees delete/2, delete_any/2, take/2, take_any/2: results and tree shapes

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    T = gb_trees:from_orddict([{K, K * 10} || K <- lists:seq(1, 12)]),
    p(T),
    [p(gb_trees:delete(K, T)) || K <- [1, 4, 7, 8, 12]],
    p(gb_trees:delete_any(99, T) =:= T),
    p(gb_trees:delete_any(5, T)),
    {V, T1} = gb_trees:take(7, T),
    p({V, T1}),
    p(gb_trees:take_any(7, T1)),
    p(gb_trees:take_any(6, T1)),
    p(gb_trees:take(6.0, T1)),
    p(e(fun() -> gb_trees:delete(99, T) end)),
    p(e(fun() -> gb_trees:take(99, T) end)),
    %% delete everything in an order that exercises the merge of two subtrees
    Order = [7, 3, 10, 1, 5, 9, 12, 2, 4, 6, 8, 11],
    Last = lists:foldl(fun(K, Acc) -> R = gb_trees:delete(K, Acc), p(R), R end, T, Order),
    p(gb_trees:is_empty(Last)),
    p(gb_trees:delete(a, gb_trees:insert(a, 1, gb_trees:empty()))).
