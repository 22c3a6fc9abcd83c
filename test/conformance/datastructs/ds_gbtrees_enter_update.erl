#!/usr/bin/env escript
-module(ds_gbtrees_enter_update).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees enter/3 and update/3 on present and absent keys; 1 and 1.0 are the same key

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    T0 = gb_trees:from_orddict([{1, one}, {2, two}, {3, three}]),
    T1 = gb_trees:enter(2, deux, T0),
    p(T1),
    T2 = gb_trees:enter(4, four, T1),
    p(T2),
    T3 = gb_trees:update(1, uno, T2),
    p(T3),
    %% update and enter put the given key in the node
    T4 = gb_trees:update(3.0, float_three, T3),
    p(T4),
    p(gb_trees:keys(gb_trees:enter(2.0, x, T4))),
    p(gb_trees:lookup(1.0, T4)),
    p(gb_trees:get(3, T4)),
    p(e(fun() -> gb_trees:insert(2.0, dup, T4) end)),
    p(e(fun() -> gb_trees:update(9, nine, T4) end)),
    Counts = lists:foldl(fun(W, T) ->
                                 case gb_trees:lookup(W, T) of
                                     none -> gb_trees:insert(W, 1, T);
                                     {value, N} -> gb_trees:update(W, N + 1, T)
                                 end
                         end, gb_trees:empty(), [the, cat, sat, on, the, mat, the, cat]),
    p(gb_trees:to_list(Counts)),
    p(Counts),
    Entered = lists:foldl(fun(I, T) -> gb_trees:enter(I rem 7, I, T) end, gb_trees:empty(), lists:seq(1, 30)),
    p(Entered).
