#!/usr/bin/env escript
-module(ds_sets_fold_filter).
-export([main/1]).
-mode(compile).
%% Exercises: sets fold/3 and filter/2: order of calls, reversed buckets after filter, contraction, bad funs

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    S = sets:from_list(lists:seq(1, 40)),
    p(sets:fold(fun(X, Acc) -> [X | Acc] end, [], S)),
    p(sets:fold(fun(X, Acc) -> X + Acc end, 0, S)),
    F = sets:filter(fun(X) -> io:format("~p ", [X]), X rem 3 =/= 0 end, S),
    io:format("~n"),
    p(F),
    p(sets:to_list(F)),
    Big = sets:from_list(lists:seq(1, 120)),
    Small = sets:filter(fun(X) -> X < 30 end, Big),
    p(setelement(8, Small, e)),
    p(sets:to_list(sets:add_element(0, Small))),
    p(sets:filter(fun(_) -> true end, sets:new())),
    p(e(fun() -> sets:filter(fun(X, _) -> X end, S) end)),
    p(e(fun() -> sets:fold(fun(X) -> X end, 0, S) end)),
    p(e(fun() -> sets:filter(fun(X) -> X end, S) end)),
    V2 = sets:from_list([5, 1, 4, 2, 3], [{version, 2}]),
    p(sets:fold(fun(X, Acc) -> [X | Acc] end, [], V2)),
    p(sets:filter(fun(X) -> X > 2 end, V2)).
