#!/usr/bin/env escript
-module(ds_array_shrink_grow).
-export([main/1]).
-mode(compile).
%% Exercises: array entries surviving a shrink (resize down then set/resize up), relax after shrinking, the trees printed

p(X) -> io:format("~w~n", [X]).

main(_) ->
    A = array:from_list([a, b, c, d, e, f, g, h, i, j, k, l]),
    S = array:resize(3, A),
    p(S),
    p(array:to_list(S)),
    p(array:to_list(array:set(5, new, S))),
    p(array:to_list(array:resize(12, S))),
    p(array:sparse_size(S)),
    p(array:sparse_to_orddict(array:set(11, z, S))),
    Big = array:set(999, x, array:new()),
    Small = array:resize(4, Big),
    p(Small),
    R = array:relax(array:fix(Small)),
    p(R),
    p(array:set(15, y, R)),
    p(array:to_list(array:set(15, y, R))),
    p(array:sparse_to_orddict(array:set(15, y, R))),
    p(array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:set(15, y, R))).
