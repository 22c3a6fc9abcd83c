#!/usr/bin/env escript
-module(ds_gbtrees_from_orddict).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees:from_orddict/1 shapes for sizes 0..12 and balance/1 of lopsided trees

p(X) -> io:format("~w~n", [X]).

main(_) ->
    [p(gb_trees:from_orddict([{K, K * K} || K <- lists:seq(1, N)])) || N <- lists:seq(0, 12)],
    T = gb_trees:from_orddict([{a, 1}, {b, 2}, {c, 3}, {d, 4}]),
    p({gb_trees:size(T), gb_trees:to_list(T)}),
    %% from_orddict trusts its input: unsorted pairs give an unsorted tree
    U = gb_trees:from_orddict([{3, c}, {1, a}, {2, b}]),
    p(U),
    p({gb_trees:lookup(1, U), gb_trees:lookup(3, U), gb_trees:lookup(2, U)}),
    %% a descending chain made by inserts, then balanced
    Chain = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, x, Acc) end, gb_trees:empty(), lists:seq(8, 1, -1)),
    p(Chain),
    p(gb_trees:balance(Chain)),
    Del = lists:foldl(fun(K, Acc) -> gb_trees:delete(K, Acc) end,
                      gb_trees:from_orddict([{K, K} || K <- lists:seq(1, 15)]), [8, 4, 12, 2, 6]),
    p(Del),
    p(gb_trees:balance(Del)),
    p(gb_trees:balance(gb_trees:empty())).
