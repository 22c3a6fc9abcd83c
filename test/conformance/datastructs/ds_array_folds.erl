#!/usr/bin/env escript
-module(ds_array_folds).
-export([main/1]).
-mode(compile).
%% Exercises: array foldl/3, foldr/3, sparse_foldl/3, sparse_foldr/3: order, indices, defaults, errors

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    A = array:set(2, b, array:set(14, o, array:new({default, d}))),
    Pairs = fun(I, V, Acc) -> [{I, V} | Acc] end,
    p(array:foldl(Pairs, [], A)),
    p(array:foldr(Pairs, [], A)),
    p(array:sparse_foldl(Pairs, [], A)),
    p(array:sparse_foldr(Pairs, [], A)),
    p(array:foldl(Pairs, none, array:new())),
    p(array:sparse_foldr(Pairs, none, array:new(30))),
    p(array:foldl(fun(I, _, Acc) -> I + Acc end, 0, array:new(1000))),
    B = array:from_list(lists:seq(1, 250)),
    p(array:foldl(fun(_, V, Acc) -> V + Acc end, 0, B)),
    p(array:foldr(fun(I, V, Acc) -> [I - V | Acc] end, [], array:resize(12, B))),
    C = array:from_orddict([{3, x}, {450, y}, {2000, z}]),
    p(array:sparse_foldl(Pairs, [], C)),
    p(array:sparse_foldr(Pairs, [], C)),
    p(length(array:foldr(Pairs, [], C))),
    p(e(fun() -> array:foldl(fun(I, _) -> I end, 0, A) end)),
    p(e(fun() -> array:foldr(Pairs, 0, x) end)),
    p(e(fun() -> array:sparse_foldl(x, 0, A) end)),
    p(e(fun() -> array:sparse_foldr(Pairs, 0, {array}) end)).
