#!/usr/bin/env escript
-module(ets_heir_dead).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: the heir is dead or the owner itself or none: the table is deleted with its owner; heir set by setopts.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

run_owner(Opts) ->
    Self = self(),
    P = spawn(fun() -> T = ets:new(t, Opts(self())), Self ! {t, T}, receive stop -> ok end end),
    T = receive {t, T0} -> T0 end,
    M = monitor(process, P),
    P ! stop,
    receive {'DOWN', M, _, _, _} -> ok end,
    ets:info(T, size).

main(_) ->
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead),
    receive {'DOWN', M, _, _, _} -> ok end,
    p(run_owner(fun(_) -> [{heir, Dead, x}] end)),
    p(run_owner(fun(Me) -> [{heir, Me, x}] end)),
    p(run_owner(fun(_) -> [{heir, none}] end)),
    p(run_owner(fun(_) -> [] end)),
    Self = self(),
    P = spawn(fun() ->
        T = ets:new(t, []),
        ets:insert(T, {a, 1}),
        ets:setopts(T, {heir, Self, via_setopts}),
        Self ! {t, T},
        receive stop -> ok end
    end),
    T = receive {t, T0} -> T0 end,
    P ! stop,
    receive {'ETS-TRANSFER', T, P, D} -> p({D, ets:lookup(T, a)}) end,
    receive Other -> p({unexpected, Other}) after 50 -> p(no_more_messages) end.
