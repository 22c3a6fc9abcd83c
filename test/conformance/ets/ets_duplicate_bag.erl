#!/usr/bin/env escript
-module(ets_duplicate_bag).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: duplicate_bag tables: equal objects are kept, delete_object removes every copy, lookup order.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [duplicate_bag]),
    p(ets:insert(T, [{k, 1}, {k, 2}, {k, 1}])),
    p(ets:insert(T, {k, 1})),
    p(ets:lookup(T, k)),
    p(ets:info(T, size)),
    p(ets:insert_new(T, {k, 5})),
    p(ets:delete_object(T, {k, 1})),
    p(ets:lookup(T, k)),
    p(ets:info(T, size)),
    p(ets:insert(T, [{x, a}, {x, a}, {y, b}])),
    p(ets:select_count(T, [{{x, '_'}, [], [true]}])),
    p(ets:match_object(T, {x, '_'})),
    p(ets:lookup_element(T, x, 2)),
    p(lists:sort(ets:tab2list(T))).
