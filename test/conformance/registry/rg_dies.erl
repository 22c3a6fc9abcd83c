#!/usr/bin/env escript
-module(rg_dies).
-export([main/1]).
-mode(compile).
%% Exercises: a registered process that dies: the name is freed, whereis undefined, send by name badarg

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    true = register(rg_dies_name, P),
    Ref = monitor(process, P),
    rg_dies_name ! stop,
    receive {'DOWN', Ref, process, P, normal} -> io:format("down~n") end,
    io:format("whereis ~p~n", [whereis(rg_dies_name)]),
    io:format("member ~p~n", [lists:member(rg_dies_name, registered())]),
    R = try rg_dies_name ! hello catch C:E:S -> {C, E, hd(S)} end,
    io:format("send ~p~n", [R]),
    R2 = try unregister(rg_dies_name) catch C2:E2 -> {C2, E2} end,
    io:format("unregister ~p~n", [R2]),
    %% the name is free for a new process
    Q = spawn(fun() -> receive {From, ping} -> From ! pong end end),
    io:format("re-register ~p~n", [register(rg_dies_name, Q)]),
    rg_dies_name ! {self(), ping},
    receive pong -> io:format("pong~n") end,
    %% a killed registered process frees the name too
    K = spawn(fun() -> receive after infinity -> ok end end),
    true = register(rg_dies_killed, K),
    KRef = monitor(process, K),
    exit(K, kill),
    receive {'DOWN', KRef, process, K, killed} -> ok end,
    io:format("killed whereis ~p~n", [whereis(rg_dies_killed)]),
    %% and a crashing one
    {C3, CRef} = spawn_monitor(fun() -> register(rg_dies_crash, self()), exit(crash) end),
    receive {'DOWN', CRef, process, C3, crash} -> ok end,
    io:format("crashed whereis ~p~n", [whereis(rg_dies_crash)]).
