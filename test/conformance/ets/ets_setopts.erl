#!/usr/bin/env escript
-module(ets_setopts).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: setopts/2 with {heir, Pid, Data}, {heir, none} and lists; bad options and callers that are not the owner.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(ets_setopts_t, [named_table, public]),
    p(ets:setopts(T, {heir, self(), d})),
    p(ets:info(T, heir) =:= self()),
    p(ets:setopts(T, [{heir, none}])),
    p(ets:info(T, heir)),
    p(ets:setopts(T, [])),
    p(e(fun() -> ets:setopts(T, id({heir, notpid, d})) end)),
    p(e(fun() -> ets:setopts(T, id({foo, bar})) end)),
    p(e(fun() -> ets:setopts(T, id({protection, private})) end)),
    p(e(fun() -> ets:setopts(T, id(bad)) end)),
    p(e(fun() -> ets:setopts(id(nosuch), {heir, none}) end)),
    Self = self(),
    spawn(fun() -> Self ! {r, e(fun() -> ets:setopts(T, {heir, none}) end)} end),
    receive {r, R} -> p(R) end,
    P = ets:new(ets_setopts_p, [named_table]),
    spawn(fun() -> Self ! {r, e(fun() -> ets:setopts(P, {heir, none}) end)} end),
    receive {r, R2} -> p(R2) end.
