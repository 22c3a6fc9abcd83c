#!/usr/bin/env escript
-module(ets_rename).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: rename/2 of named and unnamed tables: the old name stops working, the new one works, clashes are badarg.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    ets:new(ets_rename_a, [named_table]),
    ets:insert(ets_rename_a, {k, v}),
    p(ets:rename(ets_rename_a, ets_rename_b)),
    p(ets:lookup(ets_rename_b, k)),
    p(e(fun() -> ets:lookup(ets_rename_a, k) end)),
    p(ets:info(ets_rename_b, name)),
    ets:new(ets_rename_c, [named_table]),
    p(e(fun() -> ets:rename(ets_rename_b, ets_rename_c) end)),
    p(e(fun() -> ets:rename(ets_rename_b, ets_rename_b) end)),
    U = ets:new(u, []),
    p(ets:rename(U, ets_rename_c) =:= ets_rename_c),
    p(ets:info(U, name)),
    p(ets:info(U, named_table)),
    p(ets:lookup(ets_rename_c, k)),
    p(e(fun() -> ets:rename(ets_rename_b, id("str")) end)),
    p(e(fun() -> ets:rename(id(nosuch), x) end)),
    p(ets:rename(ets_rename_b, ets_rename_a)),
    p(ets:lookup(ets_rename_a, k)).
