#!/usr/bin/env escript
-module(sg_process_info_links).
-export([main/1]).
-mode(compile).
%% Exercises: process_info/2 links, monitors, monitored_by, trap_exit for a process with both kinds of relation

main(_) ->
    Main = self(),
    A = spawn(fun() -> receive after infinity -> ok end end),
    B = spawn(fun() -> receive after infinity -> ok end end),
    W = spawn(fun() ->
                      link(A),
                      R = monitor(process, B),
                      process_flag(trap_exit, true),
                      Main ! {ready, R},
                      receive stop -> ok end
              end),
    receive {ready, _} -> ok end,
    MR = monitor(process, W),
    [{links, L}, {monitors, M}, {monitored_by, MB}, {trap_exit, T}] =
        process_info(W, [links, monitors, monitored_by, trap_exit]),
    io:format("links ~p~n", [L =:= [A]]),
    io:format("monitors ~p~n", [M =:= [{process, B}]]),
    io:format("monitored_by ~p~n", [MB =:= [Main]]),
    io:format("trap_exit ~p~n", [T]),
    io:format("A links ~p~n", [process_info(A, links) =:= {links, [W]}]),
    io:format("B monitored_by ~p~n", [process_info(B, monitored_by) =:= {monitored_by, [W]}]),
    io:format("A monitors ~p~n", [process_info(A, monitors)]),
    W ! stop,
    receive {'DOWN', MR, process, W, R} -> io:format("w down ~p~n", [R]) end,
    wait_until(fun() -> process_info(A, links) =:= {links, []} end),
    io:format("A links cleared~n"),
    wait_until(fun() -> process_info(B, monitored_by) =:= {monitored_by, []} end),
    io:format("B monitored_by cleared~n"),
    io:format("dead ~p~n", [process_info(W, links)]),
    exit(A, kill), exit(B, kill).

wait_until(F) ->
    case F() of
        true -> ok;
        false -> timer:sleep(1), wait_until(F)
    end.
