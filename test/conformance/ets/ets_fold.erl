#!/usr/bin/env escript
-module(ets_fold).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: foldl/3 and foldr/3: order on ordered_set, totals on set and bag, errors from the fun and from a missing table.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I, I * I} || I <- lists:seq(1, 6)]),
    p(ets:foldl(fun({K, _}, A) -> [K | A] end, [], O)),
    p(ets:foldr(fun({K, _}, A) -> [K | A] end, [], O)),
    S = ets:new(s, []),
    ets:insert(S, [{I, I} || I <- lists:seq(1, 100)]),
    p(ets:foldl(fun({_, V}, A) -> V + A end, 0, S)),
    p(ets:foldr(fun({_, V}, A) -> V + A end, 0, S)),
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {j, 3}]),
    p(lists:sort(ets:foldl(fun(X, A) -> [X | A] end, [], B))),
    p(ets:foldl(fun(_, A) -> A + 1 end, 0, ets:new(empty, []))),
    p(e(fun() -> ets:foldl(fun(_, A) -> A end, 0, id(nosuch)) end)),
    p(e(fun() -> ets:foldr(fun(_, A) -> A end, 0, id(nosuch)) end)),
    p(catch ets:foldl(fun({K, _}, _) when K > 3 -> throw({stop, K}); (_, A) -> A end, 0, O)),
    p(ets:info(O, size)).
