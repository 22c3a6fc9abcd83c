#!/usr/bin/env escript
-module(ets_counter_threshold).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: update_counter/3 with {Pos, Incr, Threshold, SetValue} going up and down, in lists.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, []),
    ets:insert(T, {w, 0, 10}),
    p([ets:update_counter(T, w, {2, 1, 3, 0}) || _ <- lists:seq(1, 8)]),
    p([ets:update_counter(T, w, {3, -4, 0, 10}) || _ <- lists:seq(1, 5)]),
    p(ets:update_counter(T, w, {2, 5, 5, -1})),
    p(ets:update_counter(T, w, {2, 100, 5, 99})),
    p(ets:update_counter(T, w, {2, 0, 5, 7})),
    p(ets:update_counter(T, w, {2, 0, 98, 7})),
    p(ets:update_counter(T, w, {2, -1, 100, 1})),
    p(ets:update_counter(T, w, [{2, 1, 2, 0}, {3, 1, 100, 0}, {2, 1, 0, 42}])),
    p(ets:lookup(T, w)),
    p(e(fun() -> ets:update_counter(T, w, {2, 1, a, 0}) end)),
    p(e(fun() -> ets:update_counter(T, w, {2, 1, 0}) end)).
