#!/usr/bin/env escript
-module(ds_gbtrees_balance_cycle).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees mixes of inserts and deletes with the shape printed after each step (the rebuild rule on small trees)

p(X) -> io:format("~w~n", [X]).

main(_) ->
    Ops = [{i, 10}, {i, 5}, {i, 15}, {i, 3}, {i, 4}, {d, 15}, {i, 1}, {i, 2}, {d, 10},
           {i, 0}, {i, -1}, {i, -2}, {d, 3}, {i, 20}, {i, 30}, {i, 40}, {i, 50}, {d, 1},
           {i, 60}, {i, 70}, {d, 5}, {i, 80}],
    lists:foldl(fun({i, K}, T) -> T1 = gb_trees:insert(K, K, T), p(T1), T1;
                   ({d, K}, T) -> T1 = gb_trees:delete(K, T), p(T1), T1
                end, gb_trees:empty(), Ops),
    %% inserting into a tree built by deletions (sizes no longer match depths)
    Base = lists:foldl(fun(K, T) -> gb_trees:delete(K, T) end,
                       gb_trees:from_orddict([{K, K} || K <- lists:seq(1, 31)]), lists:seq(1, 24)),
    p(Base),
    p(lists:foldl(fun(K, T) -> gb_trees:insert(K, K, T) end, Base, [40, 41, 42, 43, 44])).
