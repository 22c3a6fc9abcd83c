#!/usr/bin/env escript
-module(ets_keypos).
-export([main/1]).
-mode(compile).
%% Exercises: {keypos, N}: the key is the Nth element in lookup, insert checks, update_counter's default position and match.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [{keypos, 2}]),
    p(ets:insert(T, [{rec, k1, 10}, {rec, k2, 20}])),
    p(ets:lookup(T, k1)),
    p(ets:lookup(T, rec)),
    p(ets:update_counter(T, k1, 5)),
    p(ets:lookup(T, k1)),
    p(e(fun() -> ets:update_counter(T, k1, {2, 1}) end)),
    p(ets:update_counter(T, k3, 1, {rec, x, 0})),
    p(ets:lookup(T, k3)),
    p(lists:sort(ets:match(T, {'_', '$1', '$2'}))),
    p(ets:info(T, keypos)),
    p(e(fun() -> ets:insert(T, id({only})) end)),
    O = ets:new(o, [ordered_set, {keypos, 3}]),
    ets:insert(O, [{a, b, 3}, {c, d, 1}, {e, f, 2}]),
    p(ets:tab2list(O)),
    p(ets:first(O)),
    p(ets:lookup_element(O, 2, 1)).
