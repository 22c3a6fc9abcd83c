#!/usr/bin/env escript
-module(sg_exit2_kill).
-export([main/1]).
-mode(compile).
%% Exercises: exit(P, kill): untrappable even when trapping, monitors and links see killed, killed propagates as killed

main(_) ->
    P = spawn(fun() -> receive after infinity -> ok end end),
    Ref = monitor(process, P),
    io:format("exit/2 returns ~p~n", [exit(P, kill)]),
    receive {'DOWN', Ref, process, P, R} -> io:format("plain: ~p~n", [R]) end,
    Main = self(),
    T = spawn(fun() -> process_flag(trap_exit, true), Main ! ready, receive after infinity -> ok end end),
    receive ready -> ok end,
    RefT = monitor(process, T),
    exit(T, kill),
    receive {'DOWN', RefT, process, T, RT} -> io:format("trapping: ~p~n", [RT]) end,
    process_flag(trap_exit, true),
    L = spawn_link(fun() -> receive after infinity -> ok end end),
    exit(L, kill),
    receive {'EXIT', L, RL} -> io:format("link of killed gets: ~p~n", [RL]) end,
    %% a non-trapping process linked to the killed one dies with killed
    A = spawn(fun() -> receive after infinity -> ok end end),
    B = spawn(fun() -> link(A), Main ! linked, receive after infinity -> ok end end),
    receive linked -> ok end,
    RefB = monitor(process, B),
    exit(A, kill),
    receive {'DOWN', RefB, process, B, RB} -> io:format("neighbour: ~p~n", [RB]) end,
    %% a trapping process linked to a killed one gets {'EXIT', A, killed}
    A2 = spawn(fun() -> receive after infinity -> ok end end),
    C = spawn(fun() ->
                      process_flag(trap_exit, true), link(A2), Main ! linked,
                      receive M -> Main ! {got, M} end
              end),
    receive linked -> ok end,
    exit(A2, kill),
    receive {got, {'EXIT', A2, RC}} -> io:format("trapping neighbour got: ~p~n", [RC]) end,
    _ = C,
    io:format("kill self with trap: ~p~n", [kill_self()]).

kill_self() ->
    {P, Ref} = spawn_monitor(fun() -> process_flag(trap_exit, true), exit(self(), kill), receive after 100 -> alive end end),
    receive {'DOWN', Ref, process, P, R} -> R end.
