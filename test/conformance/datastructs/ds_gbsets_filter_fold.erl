#!/usr/bin/env escript
-module(ds_gbsets_filter_fold).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets filter/2 and fold/3: results, resulting shape, order of the calls, bad funs

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    S = lists:foldl(fun gb_sets:add/2, gb_sets:new(), [5, 2, 8, 1, 9, 3, 7]),
    p(gb_sets:fold(fun(X, Acc) -> [X | Acc] end, [], S)),
    p(gb_sets:fold(fun(X, Acc) -> X + Acc end, 0, S)),
    F = gb_sets:filter(fun(X) -> io:format("~p ", [X]), X rem 2 =:= 1 end, S),
    io:format("~n"),
    p(F),
    p(gb_sets:filter(fun(_) -> false end, S)),
    p(gb_sets:filter(fun(_) -> true end, S)),
    p(gb_sets:fold(fun(X, Acc) -> Acc ++ [X] end, [], gb_sets:new())),
    p(e(fun() -> gb_sets:filter(fun(X, _) -> X end, S) end)),
    p(e(fun() -> gb_sets:fold(fun(X) -> X end, 0, S) end)),
    p(e(fun() -> gb_sets:filter(fun(X) -> X end, S) end)),
    Words = gb_sets:from_list(["kiwi", "apple", "fig", "banana"]),
    p(gb_sets:fold(fun(W, Acc) -> Acc + length(W) end, 0, Words)),
    p(gb_sets:to_list(gb_sets:filter(fun(W) -> length(W) > 3 end, Words))).
