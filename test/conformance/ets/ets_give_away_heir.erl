#!/usr/bin/env escript
-module(ets_give_away_heir).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: give_away keeps the heir: when the new owner exits the heir inherits from it; a table given back and forth.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Self = self(),
    Heir = spawn(fun() -> receive M -> Self ! {heir, M} end end),
    T = ets:new(ets_give_away_heir_t, [named_table, {heir, Heir, inherited}]),
    Owner = spawn(fun() -> receive {'ETS-TRANSFER', _, _, _} -> Self ! owned end, receive stop -> ok end end),
    p(ets:give_away(T, Owner, given)),
    receive owned -> ok end,
    p(ets:info(T, owner) =:= Owner),
    p(ets:info(T, heir) =:= Heir),
    Owner ! stop,
    receive {heir, {'ETS-TRANSFER', Tab, From, Data}} -> p({Tab, From =:= Owner, Data}) end,
    p(ets:info(T, owner) =:= Heir).
