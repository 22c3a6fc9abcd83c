#!/usr/bin/env escript
-module(ets_all).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: ets:all/0 lists named tables by name and others by reference; deleted tables disappear.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, []),
    ets:new(ets_all_named, [named_table]),
    All = ets:all(),
    p(lists:member(T, All)),
    p(lists:member(ets_all_named, All)),
    p(lists:member(ets:whereis(ets_all_named), All)),
    p(is_list(All)),
    ets:delete(T),
    ets:delete(ets_all_named),
    All2 = ets:all(),
    p(lists:member(T, All2)),
    p(lists:member(ets_all_named, All2)),
    Self = self(),
    spawn(fun() -> T2 = ets:new(t2, []), Self ! {t, T2}, receive stop -> ok end end),
    receive {t, T2} -> p(lists:member(T2, ets:all())) end.
