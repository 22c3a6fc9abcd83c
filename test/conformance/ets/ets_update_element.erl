#!/usr/bin/env escript
-module(ets_update_element).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: update_element/3 with one {Pos, Value} and lists; missing key gives false; errors for the key position, out of range, bags.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, []),
    ets:insert(T, {k, 1, 2, 3}),
    p(ets:update_element(T, k, {2, a})),
    p(ets:lookup(T, k)),
    p(ets:update_element(T, k, [{3, b}, {4, c}, {3, bb}])),
    p(ets:lookup(T, k)),
    p(ets:update_element(T, missing, {2, x})),
    p(ets:update_element(T, k, [])),
    p(e(fun() -> ets:update_element(T, k, {1, x}) end)),
    p(e(fun() -> ets:update_element(T, k, {5, x}) end)),
    p(e(fun() -> ets:update_element(T, k, {0, x}) end)),
    p(e(fun() -> ets:update_element(T, k, id(x)) end)),
    p(e(fun() -> ets:update_element(T, k, [{2, y}, {9, z}]) end)),
    p(ets:lookup(T, k)),
    O = ets:new(o, [ordered_set, {keypos, 2}]),
    ets:insert(O, {a, 1, x}),
    p(ets:update_element(O, 1.0, {1, b})),
    p(ets:lookup(O, 1)),
    B = ets:new(b, [bag]),
    ets:insert(B, {k, 1}),
    p(e(fun() -> ets:update_element(B, k, {2, x}) end)).
