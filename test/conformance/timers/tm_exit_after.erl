#!/usr/bin/env escript
-module(tm_exit_after).
-export([main/1]).
-mode(compile).
%% Exercises: timer:exit_after/2,3 and timer:kill_after/1,2: the delayed exit signal, trapped or killing, and cancel

main(_) ->
    process_flag(trap_exit, true),
    {ok, _} = timer:exit_after(5, self_reason),
    receive {'EXIT', _, R1} -> io:format("self got ~p~n", [R1]) end,
    P = spawn(fun() -> receive after infinity -> ok end end),
    Ref = monitor(process, P),
    {ok, _} = timer:exit_after(5, P, delayed),
    receive {'DOWN', Ref, process, P, R2} -> io:format("other down ~p~n", [R2]) end,
    Q = spawn(fun() -> process_flag(trap_exit, true), receive after infinity -> ok end end),
    RefQ = monitor(process, Q),
    {ok, _} = timer:kill_after(5, Q),
    receive {'DOWN', RefQ, process, Q, R3} -> io:format("kill_after ~p~n", [R3]) end,
    S = spawn(fun() -> receive after infinity -> ok end end),
    RefS = monitor(process, S),
    {ok, T} = timer:exit_after(1000, S, never),
    io:format("cancel ~p~n", [timer:cancel(T)]),
    receive {'DOWN', RefS, process, S, _} -> io:format("died anyway~n") after 20 -> io:format("still alive~n") end,
    exit(S, kill).
