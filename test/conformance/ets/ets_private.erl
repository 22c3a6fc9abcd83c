#!/usr/bin/env escript
-module(ets_private).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: private tables: only the owner reads or writes; others get badarg with cause access.

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
    ets:new(ets_private_t, [named_table, private]),
    ets:insert(ets_private_t, {k, 1}),
    p(ets:lookup(ets_private_t, k)),
    p(other(fun() -> e(fun() -> ets:lookup(ets_private_t, k) end) end)),
    p(other(fun() -> e(fun() -> ets:member(ets_private_t, k) end) end)),
    p(other(fun() -> e(fun() -> ets:first(ets_private_t) end) end)),
    p(other(fun() -> e(fun() -> ets:match(ets_private_t, '$1') end) end)),
    p(other(fun() -> e(fun() -> ets:select_count(ets_private_t, []) end) end)),
    p(other(fun() -> e(fun() -> ets:insert(ets_private_t, {j, 1}) end) end)),
    p(other(fun() -> e(fun() -> ets:lookup_element(ets_private_t, k, 2) end) end)),
    p(other(fun() -> e(fun() -> ets:foldl(fun(X, A) -> [X | A] end, [], ets_private_t) end) end)),
    p(other(fun() -> ets:info(ets_private_t, size) end)),
    p(other(fun() -> ets:info(ets_private_t, protection) end)).
