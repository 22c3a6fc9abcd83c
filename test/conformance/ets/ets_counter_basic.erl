#!/usr/bin/env escript
-module(ets_counter_basic).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: update_counter/3 with an integer and {Pos, Incr}: results, the stored object, negative steps, bignums.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [public]),
    ets:insert(T, {c, 0, 100}),
    p(ets:update_counter(T, c, 1)),
    p(ets:update_counter(T, c, 10)),
    p(ets:update_counter(T, c, -3)),
    p(ets:update_counter(T, c, {3, 5})),
    p(ets:update_counter(T, c, {3, -200})),
    p(ets:lookup(T, c)),
    p(ets:update_counter(T, c, 1 bsl 60)),
    p(ets:update_counter(T, c, 1 bsl 60)),
    p(ets:update_counter(T, c, -(1 bsl 61))),
    p(ets:update_counter(T, c, [{2, 1}, {3, 1}, {2, 1}])),
    p(ets:update_counter(T, c, [])),
    p(ets:lookup(T, c)),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, {1, 5}),
    p(ets:update_counter(O, 1.0, 2)),
    p(ets:lookup(O, 1)),
    p(lists:foldl(fun(_, _) -> ets:update_counter(T, c, {2, 1}) end, 0, lists:seq(1, 1000))).
