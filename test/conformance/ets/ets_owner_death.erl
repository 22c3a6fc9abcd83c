#!/usr/bin/env escript
-module(ets_owner_death).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: a table dies with its owner (normal exit, crash, kill): the name is free again, the id is badarg.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

owner(Name, Opts, How) ->
    Self = self(),
    P = spawn(fun() ->
        T = ets:new(Name, Opts),
        ets:insert(T, {k, v}),
        Self ! {table, T},
        receive
            stop when How =:= normal -> ok;
            stop when How =:= crash -> exit(boom);
            stop -> receive after infinity -> ok end
        end
    end),
    receive {table, T} -> {P, T} end.

stop(P, How) ->
    M = monitor(process, P),
    case How of kill -> exit(P, kill); _ -> P ! stop end,
    receive {'DOWN', M, process, P, R} -> R end.

main(_) ->
    {P1, T1} = owner(ets_owner_death_a, [named_table, public], normal),
    p(ets:lookup(T1, k)),
    p(stop(P1, normal)),
    p(ets:info(ets_owner_death_a)),
    p(e(fun() -> ets:lookup(ets_owner_death_a, k) end)),
    p(is_atom(ets:new(ets_owner_death_a, [named_table]))),
    {P2, T2} = owner(t2, [public], kill),
    p(stop(P2, kill)),
    p(ets:info(T2)),
    p(e(fun() -> ets:insert(T2, {a}) end) =:= e(fun() -> ets:insert(id(T2), {a}) end)),
    {P3, T3} = owner(t3, [], crash),
    p(ets:info(T3, size)),
    p(stop(P3, crash)),
    p(ets:info(T3, size)),
    p(lists:member(T3, ets:all())).
