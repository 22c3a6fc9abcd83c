#!/usr/bin/env escript
-module(sg_exit2_dead).
-export([main/1]).
-mode(compile).
%% Exercises: exit/2 to a dead pid returns true; badarg for non-pids; exit/2 from a process to itself with a reason

main(_) ->
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, P, _} -> ok end,
    io:format("dead boom ~p~n", [exit(P, boom)]),
    io:format("dead kill ~p~n", [exit(P, kill)]),
    io:format("dead normal ~p~n", [exit(P, normal)]),
    io:format("~p~n", [t(fun() -> exit(id(some_name), boom) end)]),
    io:format("~p~n", [t(fun() -> exit(id(42), boom) end)]),
    io:format("~p~n", [t(fun() -> exit(id({a, b}), boom) end)]),
    register(sg_exit2_dead_reg, spawn(fun() -> receive after infinity -> ok end end)),
    io:format("~p~n", [t(fun() -> exit(id(sg_exit2_dead_reg), boom) end)]),
    io:format("registered alive ~p~n", [is_process_alive(whereis(sg_exit2_dead_reg))]),
    exit(whereis(sg_exit2_dead_reg), kill),
    {S, RefS} = spawn_monitor(fun() -> exit(self(), {own, reason}), timer:sleep(100) end),
    receive {'DOWN', RefS, process, S, RS} -> io:format("self exit/2 ~p~n", [RS]) end,
    Main = self(),
    {S2, RefS2} = spawn_monitor(fun() ->
                                        process_flag(trap_exit, true),
                                        exit(self(), {own, reason}),
                                        receive M -> Main ! {got, M =:= {'EXIT', self(), {own, reason}}} end
                                end),
    receive {got, G} -> io:format("self exit/2 trapped ~p~n", [G]) end,
    receive {'DOWN', RefS2, process, S2, RS2} -> io:format("then ~p~n", [RS2]) end.

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
