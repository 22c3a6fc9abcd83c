#!/usr/bin/env escript
-module(ets_protected).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: protected tables (the default): other processes read, only the owner writes (badarg, cause access).

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

other(F) ->
    Self = self(),
    spawn(fun() -> Self ! {res, F()} end),
    receive {res, R} -> R end.

main(_) ->
    ets:new(ets_protected_t, [named_table]),
    ets:insert(ets_protected_t, {k, 1}),
    p(other(fun() -> ets:lookup(ets_protected_t, k) end)),
    p(other(fun() -> ets:member(ets_protected_t, k) end)),
    p(other(fun() -> ets:select(ets_protected_t, [{'_', [], ['$_']}]) end)),
    p(other(fun() -> ets:info(ets_protected_t, size) end)),
    p(other(fun() -> e(fun() -> ets:insert(ets_protected_t, {k, 2}) end) end)),
    p(other(fun() -> e(fun() -> ets:delete(ets_protected_t, k) end) end)),
    p(other(fun() -> e(fun() -> ets:update_counter(ets_protected_t, k, 1) end) end)),
    p(other(fun() -> e(fun() -> ets:delete_all_objects(ets_protected_t) end) end)),
    p(other(fun() -> e(fun() -> ets:select_delete(ets_protected_t, [{'_', [], [true]}]) end) end)),
    p(other(fun() -> e(fun() -> ets:delete(ets_protected_t) end) end)),
    p(other(fun() -> e(fun() -> ets:take(ets_protected_t, k) end) end)),
    p(other(fun() -> e(fun() -> ets:rename(ets_protected_t, x) end) end)),
    p(ets:lookup(ets_protected_t, k)).
