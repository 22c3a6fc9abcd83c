#!/usr/bin/env escript
-module(sg_kill_vs_killed).
-export([main/1]).
-mode(compile).
%% Exercises: exit(kill) by the process itself versus exit(P, kill): the reasons seen by links and monitors, trappable or not

main(_) ->
    Main = self(),
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> exit(kill) end),
    receive {'EXIT', P1, R1} -> io:format("self exit(kill), link sees ~p~n", [R1]) end,
    P2 = spawn_link(fun() -> receive after infinity -> ok end end),
    exit(P2, kill),
    receive {'EXIT', P2, R2} -> io:format("exit(P, kill), link sees ~p~n", [R2]) end,
    %% a trapping process linked to one that does exit(kill) survives with the message
    {T, RefT} = spawn_monitor(fun() ->
                                      process_flag(trap_exit, true),
                                      K = spawn_link(fun() -> exit(kill) end),
                                      receive {'EXIT', K, W} -> Main ! {t, W} end,
                                      exit(t_done)
                              end),
    receive {t, W} -> io:format("trapper got ~p~n", [W]) end,
    receive {'DOWN', RefT, process, T, WT} -> io:format("trapper ended ~p~n", [WT]) end,
    %% exit(P, killed) is an ordinary reason: trappable
    T2 = spawn(fun() -> process_flag(trap_exit, true), Main ! ready, receive M -> Main ! {t2, M} end end),
    receive ready -> ok end,
    exit(T2, killed),
    receive {t2, {'EXIT', _, W2}} -> io:format("killed as a reason is trapped: ~p~n", [W2]) end.
