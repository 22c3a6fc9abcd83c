#!/usr/bin/env escript
-module(ets_lookup_element).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: lookup_element/3 on set and bag: positions, missing keys (badkey), positions beyond an object.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, []),
    ets:insert(T, [{a, 1, 2}, {b, x}]),
    p(ets:lookup_element(T, a, 1)),
    p(ets:lookup_element(T, a, 3)),
    p(ets:lookup_element(T, b, 2)),
    p(e(fun() -> ets:lookup_element(T, b, 3) end)),
    p(e(fun() -> ets:lookup_element(T, zz, 1) end)),
    p(e(fun() -> ets:lookup_element(T, a, 0) end)),
    p(e(fun() -> ets:lookup_element(T, a, id(x)) end)),
    B = ets:new(b, [bag]),
    ets:insert(B, {k, 1, x}),
    ets:insert(B, {k, 2}),
    p(ets:lookup_element(B, k, 2)),
    p(e(fun() -> ets:lookup_element(B, k, 3) end)),
    p(e(fun() -> ets:lookup_element(B, j, 2) end)),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, {1, one}),
    p(ets:lookup_element(O, 1.0, 2)),
    p(e(fun() -> ets:lookup_element(id(nosuch), a, 1) end)).
