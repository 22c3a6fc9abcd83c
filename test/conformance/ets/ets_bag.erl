#!/usr/bin/env escript
-module(ets_bag).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: bag tables: several objects per key, an object equal to a stored one is not added again, lookup order, delete_object.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [bag]),
    p(ets:insert(T, [{k, 1}, {k, 2}, {k, 1}, {k, 1.0}, {j, 1}])),
    p(ets:lookup(T, k)),
    p(ets:info(T, size)),
    p(ets:insert(T, {k, 3})),
    p(ets:lookup(T, k)),
    p(ets:delete_object(T, {k, 1})),
    p(ets:lookup(T, k)),
    p(ets:delete_object(T, {k, 99})),
    p(ets:member(T, k)),
    p(ets:lookup_element(T, k, 2)),
    p(ets:delete(T, k)),
    p(ets:lookup(T, k)),
    p(ets:info(T, size)),
    p(ets:insert(T, [{m, I} || I <- lists:seq(1, 5)])),
    p(ets:lookup(T, m)),
    p(ets:take(T, m)),
    p(ets:take(T, m)),
    p(lists:sort(ets:tab2list(T))).
