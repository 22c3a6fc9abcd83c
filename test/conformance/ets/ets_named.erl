#!/usr/bin/env escript
-module(ets_named).
-export([main/1]).
-mode(compile).
%% Exercises: named tables: lookup by name and by the id, whereis/1, name clashes, names freed by delete.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    N = ets:new(ets_named_t, [named_table, public]),
    p(N),
    p(ets:insert(ets_named_t, {a, 1})),
    Id = ets:whereis(ets_named_t),
    p(is_reference(Id)),
    p(Id =:= ets:info(ets_named_t, id)),
    p(ets:lookup(Id, a)),
    p(ets:insert(Id, {b, 2})),
    p(lists:sort(ets:tab2list(ets_named_t))),
    p(ets:info(Id, name)),
    p(ets:info(ets_named_t, named_table)),
    p(e(fun() -> ets:new(ets_named_t, [named_table]) end)),
    p(is_reference(ets:new(ets_named_t, []))),
    p(ets:whereis(id(nosuch_table))),
    p(e(fun() -> ets:whereis(id("str")) end)),
    p(ets:delete(ets_named_t)),
    p(ets:whereis(ets_named_t)),
    p(e(fun() -> ets:lookup(ets_named_t, a) end)),
    p(ets:new(ets_named_t, [named_table, bag])),
    p(ets:info(ets_named_t, type)),
    p(e(fun() -> ets:lookup(Id, a) end)).
