#!/usr/bin/env escript
-module(ets_insert_errors).
-export([main/1]).
-mode(compile).
%% Exercises: insert/2 and insert_new/2 with objects that are not tuples, too short for the keypos, improper lists; nothing is inserted.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [{keypos, 2}]),
    p(e(fun() -> ets:insert(T, id(x)) end)),
    p(e(fun() -> ets:insert(T, id({a})) end)),
    p(e(fun() -> ets:insert(T, id({})) end)),
    p(e(fun() -> ets:insert(T, id([{a, 1}, {b}])) end)),
    p(ets:info(T, size)),
    p(e(fun() -> ets:insert(T, id([{a, 1} | {b, 2}])) end)),
    p(ets:info(T, size)),
    p(e(fun() -> ets:insert_new(T, id([{a, 1}, x])) end)),
    p(e(fun() -> ets:insert_new(T, id(7)) end)),
    p(e(fun() -> ets:insert(id(no_table), {a, 1}) end)),
    p(e(fun() -> ets:insert(id(42), {a, 1}) end)),
    p(e(fun() -> ets:lookup(id({x}), 1) end)),
    p(ets:insert(T, {a, 1})),
    p(ets:lookup(T, 1)),
    p(ets:info(T, size)).
