#!/usr/bin/env escript
-module(ds_gbtrees_map).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees:map/2 results, shape kept, order of the calls; keys/values/to_list after map

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    T = gb_trees:from_orddict([{K, K} || K <- lists:seq(1, 9)]),
    M = gb_trees:map(fun(K, V) -> io:format("~p ", [K]), K * V end, T),
    io:format("~n"),
    p(M),
    p(gb_trees:values(M)),
    p(gb_trees:keys(M) =:= gb_trees:keys(T)),
    Ins = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K, Acc) end, gb_trees:empty(), [5, 1, 9, 3, 7, 2]),
    _ = gb_trees:map(fun(K, _) -> io:format("~p ", [K]) end, Ins),
    io:format("~n"),
    p(gb_trees:map(fun(_, _) -> x end, gb_trees:empty())),
    p(e(fun() -> gb_trees:map(fun(V) -> V end, T) end)),
    p(e(fun() -> gb_trees:map(fun(K, V) -> K / (V - 5) end, T) end)),
    Names = gb_trees:from_orddict([{1, "one"}, {2, "two"}, {3, "three"}]),
    p(gb_trees:to_list(gb_trees:map(fun(_, S) -> length(S) end, Names))).
