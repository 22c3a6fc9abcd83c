#!/usr/bin/env escript
-module(ds_gbtrees_iterators).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees iterator/1, iterator_from/2 and next/1, including the iterator's representation

p(X) -> io:format("~w~n", [X]).

walk(I, Acc) ->
    case gb_trees:next(I) of
        none -> lists:reverse(Acc);
        {K, V, I1} -> walk(I1, [{K, V} | Acc])
    end.

main(_) ->
    T = gb_trees:from_orddict([{K, [K]} || K <- [2, 4, 6, 8, 10, 12, 14]]),
    I0 = gb_trees:iterator(T),
    p(I0),
    {K1, V1, I1} = gb_trees:next(I0),
    p({K1, V1}), p(I1),
    p(walk(I0, [])),
    [p({From, walk(gb_trees:iterator_from(From, T), [])}) || From <- [0, 2, 3, 7, 8, 13, 14, 15]],
    p(gb_trees:iterator_from(9, T)),
    p(gb_trees:iterator(gb_trees:empty())),
    p(gb_trees:next(gb_trees:iterator(gb_trees:empty()))),
    p(gb_trees:next([])),
    Seq = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K, Acc) end, gb_trees:empty(), lists:seq(1, 20)),
    p(length(walk(gb_trees:iterator(Seq), []))),
    p(walk(gb_trees:iterator_from(17.5, Seq), [])),
    %% the iterator is a snapshot
    It = gb_trees:iterator(T),
    _ = gb_trees:delete(2, T),
    p(element(1, gb_trees:next(It))).
