#!/usr/bin/env escript
-module(ets_ordered_set).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: ordered_set: objects in term order of their keys, 1 and 1.0 are the same key, mixed key types.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{5, a}, {3, b}, {9, c}, {1, d}, {7, e}]),
    p(ets:tab2list(T)),
    ets:insert(T, {1.0, float}),
    p(ets:lookup(T, 1)),
    p(ets:lookup(T, 1.0)),
    p(ets:info(T, size)),
    p(ets:member(T, 3.0)),
    ets:insert(T, [{atom, x}, {"list", y}, {{tuple}, z}, {<<"bin">>, w}, {self(), pid},
                   {[], nil}, {2.5, f}, {-1, neg}, {#{}, map}]),
    p([element(1, O) || O <- ets:tab2list(T), not is_pid(element(1, O))]),
    p(ets:delete(T, 9.0)),
    p(ets:lookup(T, 9)),
    p(ets:first(T)),
    p(ets:last(T)),
    p(ets:insert_new(T, {5.0, dup})),
    p(ets:delete_object(T, {7.0, e})),
    p(ets:delete_object(T, {7, e})),
    p(ets:lookup(T, 7)).
