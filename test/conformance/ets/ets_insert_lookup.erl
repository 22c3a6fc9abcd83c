#!/usr/bin/env escript
-module(ets_insert_lookup).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: insert/2 of a tuple and of a list, replacing in a set, lookup/2 hits and misses, member/2.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, []),
    p(ets:insert(T, {a, 1})),
    p(ets:insert(T, [{b, 2}, {c, 3}, {b, 22}])),
    p(ets:lookup(T, a)),
    p(ets:lookup(T, b)),
    p(ets:lookup(T, zz)),
    p(ets:insert(T, {a, 1, extra})),
    p(ets:lookup(T, a)),
    p(ets:insert(T, [])),
    p(ets:info(T, size)),
    p(ets:member(T, c)),
    p(ets:member(T, d)),
    p(ets:insert(T, {{k, 1}, tuple_key})),
    p(ets:lookup(T, {k, 1})),
    p(ets:lookup(T, {k, 1.0})),
    p(ets:insert(T, {"str", list_key})),
    p(ets:lookup(T, "str")),
    p(ets:insert(T, {<<"bin">>, bin_key})),
    p(ets:lookup(T, <<"bin">>)),
    p(ets:insert(T, {1 bsl 70, big})),
    p(ets:lookup(T, 1 bsl 70)),
    p(ets:insert(T, {#{a => 1}, map_key})),
    p(ets:lookup(T, #{a => 1})),
    p(ets:insert(T, {self(), pid_key})),
    p(ets:lookup(T, self()) =:= [{self(), pid_key}]),
    p(ets:info(T, size)),
    p(lists:sort(ets:tab2list(T))).
