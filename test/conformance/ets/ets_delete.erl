#!/usr/bin/env escript
-module(ets_delete).
-export([main/1]).
-mode(compile).
%% Exercises: delete/2, delete_object/2 on set and ordered_set, delete/1 of the table and using it afterwards.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, []),
    ets:insert(T, [{a, 1}, {b, 2}, {c, 3}]),
    p(ets:delete(T, a)),
    p(ets:delete(T, nope)),
    p(ets:lookup(T, a)),
    p(ets:delete_object(T, {b, 99})),
    p(ets:lookup(T, b)),
    p(ets:delete_object(T, {b, 2})),
    p(ets:lookup(T, b)),
    p(e(fun() -> ets:delete_object(T, id(x)) end)),
    p(ets:info(T, size)),
    p(ets:delete(T)),
    p(ets:info(T)),
    p(ets:info(T, size)),
    p(e(fun() -> ets:lookup(T, c) end)),
    p(e(fun() -> ets:insert(T, {c, 1}) end)),
    p(e(fun() -> ets:delete(T) end)),
    p(e(fun() -> ets:delete(T, c) end)),
    p(e(fun() -> ets:delete(id(nosuch)) end)),
    p(e(fun() -> ets:delete(id("x")) end)),
    p(lists:member(T, ets:all())).
