#!/usr/bin/env escript
-module(ets_counter_default).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: update_counter/4: the default object is inserted with its key replaced, then updated; bad defaults.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, []),
    p(ets:update_counter(T, k, 1, {k, 10})),
    p(ets:lookup(T, k)),
    p(ets:update_counter(T, k, 1, {k, 500})),
    p(ets:update_counter(T, n, {2, 5}, {other_key, 1})),
    p(ets:lookup(T, n)),
    p(ets:lookup(T, other_key)),
    p(ets:update_counter(T, m, [{2, 1}, {3, 2}], {x, 0, 0})),
    p(ets:lookup(T, m)),
    p(e(fun() -> ets:update_counter(T, q, {2, 1}, id({q})) end)),
    p(e(fun() -> ets:update_counter(T, q, 1, id(notuple)) end)),
    p(e(fun() -> ets:update_counter(T, q, 1, id({q, a})) end)),
    p(ets:member(T, q)),
    K = ets:new(k, [{keypos, 2}]),
    p(ets:update_counter(K, key, 1, {a, b, 7})),
    p(ets:lookup(K, key)).
