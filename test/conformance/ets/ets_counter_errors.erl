#!/usr/bin/env escript
-module(ets_counter_errors).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: update_counter errors: missing key, the key position, positions out of range, non-integers, bags, access.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, []),
    ets:insert(T, {c, 1, a}),
    p(e(fun() -> ets:update_counter(T, nokey, 1) end)),
    p(e(fun() -> ets:update_counter(T, c, {1, 1}) end)),
    p(e(fun() -> ets:update_counter(T, c, {4, 1}) end)),
    p(e(fun() -> ets:update_counter(T, c, {0, 1}) end)),
    p(e(fun() -> ets:update_counter(T, c, {3, 1}) end)),
    p(e(fun() -> ets:update_counter(T, c, id(1.5)) end)),
    p(e(fun() -> ets:update_counter(T, c, {2, id(x)}) end)),
    p(e(fun() -> ets:update_counter(T, c, [{2, 1} | id(x)]) end)),
    p(e(fun() -> ets:update_counter(T, c, [{2, 1}, {3, 1}]) end)),
    p(ets:lookup(T, c)),
    B = ets:new(b, [bag]),
    ets:insert(B, {c, 1}),
    p(e(fun() -> ets:update_counter(B, c, 1) end)),
    D = ets:new(d, [duplicate_bag]),
    p(e(fun() -> ets:update_counter(D, c, 1, {c, 0}) end)),
    p(e(fun() -> ets:update_counter(id(nosuch), c, 1) end)).
