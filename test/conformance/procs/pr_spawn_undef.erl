#!/usr/bin/env escript
-module(pr_spawn_undef).
-export([main/1]).
-mode(compile).
%% Exercises: spawn/3 of a function that does not exist: spawn succeeds, the child dies with undef

main(_) ->
    {P, Ref} = spawn_monitor(no_such_module_xyz, f, [1, 2]),
    {Reason, Top} = receive {'DOWN', Ref, process, P, {R, [T | _]}} -> {R, T} end,
    timer:sleep(50),
    io:format("spawned ~p~n", [is_pid(P)]),
    io:format("reason ~p~n", [Reason]),
    io:format("top ~p~n", [Top]),
    {P2, Ref2} = spawn_monitor(?MODULE, not_exported, []),
    {Reason2, Top2} = receive {'DOWN', Ref2, process, P2, {R2, [T2 | _]}} -> {R2, T2} end,
    timer:sleep(50),
    io:format("reason ~p~n", [Reason2]),
    io:format("top ~p~n", [Top2]),
    io:format("end~n").
