#!/usr/bin/env escript
-module(ets_public).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: public tables: any process reads, writes and may delete the table; the owner stays the creator.

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
    ets:new(ets_public_t, [named_table, public]),
    p(other(fun() -> ets:insert(ets_public_t, [{a, 1}, {b, 2}]) end)),
    p(other(fun() -> ets:update_counter(ets_public_t, a, 10) end)),
    p(other(fun() -> ets:delete(ets_public_t, b) end)),
    p(ets:tab2list(ets_public_t)),
    p(other(fun() -> ets:info(ets_public_t, owner) end) =:= self()),
    p(other(fun() -> e(fun() -> ets:give_away(ets_public_t, self(), x) end) end)),
    p(other(fun() -> e(fun() -> ets:setopts(ets_public_t, {heir, none}) end) end)),
    p(other(fun() -> ets:delete(ets_public_t) end)),
    p(ets:info(ets_public_t)),
    p(ets:whereis(ets_public_t)).
