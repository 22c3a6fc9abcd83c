#!/usr/bin/env escript
-module(ds_gbtrees_large).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees with 20000 keys: pseudo-random inserts, height, deletes of half, sums, rebalanced height

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) rem 2147483648.

h(nil) -> 0;
h({_, _, L, R}) -> 1 + max(h(L), h(R)).

fill(0, _, T) -> T;
fill(N, S, T) -> S1 = next(S), fill(N - 1, S1, gb_trees:enter(S1 rem 100000, N, T)).

main(_) ->
    T = fill(20000, id(3), gb_trees:empty()),
    {Size, Node} = T,
    io:format("~p~n", [{Size, h(Node), element(1, Node)}]),
    io:format("~p~n", [{gb_trees:smallest(T), gb_trees:largest(T)}]),
    Keys = gb_trees:keys(T),
    io:format("~p~n", [{length(Keys), lists:sum(Keys), Keys =:= lists:sort(Keys)}]),
    Half = lists:foldl(fun(K, Acc) -> gb_trees:delete(K, Acc) end, T, [K || K <- Keys, K rem 2 =:= 0]),
    {HS, HN} = Half,
    io:format("~p~n", [{HS, h(HN), element(1, HN)}]),
    {BS, BN} = gb_trees:balance(Half),
    io:format("~p~n", [{BS, h(BN), element(1, BN)}]),
    Seq = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K, Acc) end, gb_trees:empty(), lists:seq(1, 20000)),
    {_, SN} = Seq,
    io:format("~p~n", [{h(SN), element(1, SN), lists:sum(gb_trees:values(Seq))}]).
