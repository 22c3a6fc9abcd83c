#!/usr/bin/env escript
-module(ets_set_keys).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: set tables compare keys with =:=: 1 and 1.0, 0 and 0.0, nested floats are different keys.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [set]),
    ets:insert(T, [{1, int}, {1.0, float}, {{a, 1}, t1}, {{a, 1.0}, t2}, {[1], l1}, {[1.0], l2}]),
    p(ets:info(T, size)),
    p(ets:lookup(T, 1)),
    p(ets:lookup(T, 1.0)),
    p(ets:lookup(T, {a, 1.0})),
    p(ets:lookup(T, [1])),
    p(ets:member(T, 2.0)),
    ets:insert(T, {0.0, zero}),
    p(ets:lookup(T, 0)),
    p(ets:lookup(T, 0.0)),
    p(ets:delete(T, 1.0)),
    p(ets:lookup(T, 1)),
    p(ets:lookup(T, 1.0)),
    B = ets:new(b, [bag]),
    ets:insert(B, [{1, a}, {1.0, b}]),
    p(ets:lookup(B, 1)),
    p(ets:lookup(B, 1.0)),
    p(lists:sort(ets:tab2list(T))).
