#!/usr/bin/env escript
-module(ds_gbsets_iterators).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets iterator/1, iterator_from/2, next/1 and the iterator's representation

p(X) -> io:format("~w~n", [X]).

walk(I) ->
    case gb_sets:next(I) of
        none -> [];
        {X, I1} -> [X | walk(I1)]
    end.

main(_) ->
    S = gb_sets:from_list([10, 20, 30, 40, 50, 60]),
    I = gb_sets:iterator(S),
    p(I),
    {X1, I1} = gb_sets:next(I),
    p({X1, I1}),
    p(walk(I)),
    [p({F, walk(gb_sets:iterator_from(F, S))}) || F <- [0, 10, 15, 35, 60, 61, 30.0]],
    p(gb_sets:iterator_from(25, S)),
    p(gb_sets:next(gb_sets:iterator(gb_sets:new()))),
    Ins = lists:foldl(fun gb_sets:add/2, gb_sets:new(), [5, 3, 8, 1, 4, 7, 9, 2, 6]),
    p(gb_sets:iterator(Ins)),
    p(walk(gb_sets:iterator(Ins))),
    p(walk(gb_sets:iterator_from(4.5, Ins))).
