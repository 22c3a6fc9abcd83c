#!/usr/bin/env escript
-module(ets_first_next_set).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: first/next over set and bag tables visits every key once (printed sorted); next of a key not in a set is badarg.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

walk(_T, '$end_of_table', Acc) -> Acc;
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

main(_) ->
    T = ets:new(t, [set]),
    p({ets:first(T), ets:last(T)}),
    ets:insert(T, [{K, v} || K <- lists:seq(1, 50)]),
    Ks = walk(T, ets:first(T), []),
    p({length(Ks), lists:sort(Ks) =:= lists:seq(1, 50)}),
    p(lists:member(ets:last(T), lists:seq(1, 50))),
    p(e(fun() -> ets:next(T, 1000) end)),
    B = ets:new(b, [bag]),
    ets:insert(B, [{K, V} || K <- [a, b, c], V <- [1, 2, 3]]),
    p(lists:sort(walk(B, ets:first(B), []))),
    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{x, 1}, {x, 1}, {y, 2}]),
    p(lists:sort(walk(D, ets:first(D), []))),
    ets:delete_all_objects(T),
    p(ets:first(T)).
