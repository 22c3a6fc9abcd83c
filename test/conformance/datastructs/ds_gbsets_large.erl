#!/usr/bin/env escript
-module(ds_gbsets_large).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets with thousands of elements: insert heights, set algebra sizes, subset checks

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) rem 2147483648.

h(nil) -> 0;
h({_, L, R}) -> 1 + max(h(L), h(R)).

fill(0, _, Set) -> Set;
fill(N, S, Set) -> S1 = next(S), fill(N - 1, S1, gb_sets:add(S1 rem 50000, Set)).

main(_) ->
    A = fill(10000, id(5), gb_sets:new()),
    {NA, TA} = A,
    io:format("~p~n", [{NA, h(TA), element(1, TA)}]),
    B = gb_sets:from_list(lists:seq(0, 49999, 3)),
    U = gb_sets:union(A, B),
    I = gb_sets:intersection(A, B),
    D = gb_sets:difference(A, B),
    io:format("~p~n", [{gb_sets:size(U), gb_sets:size(I), gb_sets:size(D)}]),
    {_, TU} = U, {_, TI} = I, {_, TD} = D,
    io:format("~p~n", [{h(TU), h(TI), h(TD), element(1, TU), element(1, TI), element(1, TD)}]),
    io:format("~p~n", [{gb_sets:is_subset(I, A), gb_sets:is_subset(I, B), gb_sets:is_subset(A, U), gb_sets:is_disjoint(D, B)}]),
    io:format("~p~n", [gb_sets:fold(fun(X, S) -> X + S end, 0, I)]),
    Seq = lists:foldl(fun gb_sets:insert/2, gb_sets:new(), lists:seq(1, 10000)),
    {_, TS} = Seq,
    io:format("~p~n", [{h(TS), element(1, TS)}]).
