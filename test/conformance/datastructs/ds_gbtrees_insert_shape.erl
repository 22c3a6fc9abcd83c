#!/usr/bin/env escript
-module(ds_gbtrees_insert_shape).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees:insert/3 rebalancing: shapes after ascending, descending and zigzag insert sequences

p(X) -> io:format("~w~n", [X]).

ins(Keys) -> lists:foldl(fun(K, T) -> gb_trees:insert(K, 0, T) end, gb_trees:empty(), Keys).

%% Height of a tree node.
h(nil) -> 0;
h({_, _, L, R}) -> 1 + max(h(L), h(R)).

main(_) ->
    [p(ins(lists:seq(1, N))) || N <- [1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 17]],
    [p(ins(lists:seq(N, 1, -1))) || N <- [3, 5, 9, 12]],
    Zig = [case I rem 2 of 0 -> I; 1 -> 100 - I end || I <- lists:seq(1, 20)],
    p(ins(Zig)),
    Heights = [begin {_, Node} = ins(lists:seq(1, N)), {N, h(Node)} end || N <- [10, 50, 100, 500, 1000]],
    p(Heights),
    {_, Node} = ins(lists:seq(1, 100)),
    p(element(1, Node)),
    Strs = ins(["pear", "apple", "fig", "kiwi", "date", "banana", "cherry"]),
    io:format("~p~n", [Strs]).
