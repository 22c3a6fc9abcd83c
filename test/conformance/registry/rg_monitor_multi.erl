#!/usr/bin/env escript
-module(rg_monitor_multi).
-export([main/1]).
-mode(compile).
%% Exercises: several monitors by name and by pid on one process: one DOWN each, objects differ

main(_) ->
    P = spawn(fun() -> receive stop -> exit(done) end end),
    true = register(rg_mm_proc, P),
    R1 = monitor(process, rg_mm_proc),
    R2 = monitor(process, {rg_mm_proc, node()}),
    R3 = monitor(process, P),
    io:format("distinct refs ~p~n", [length(lists:usort([R1, R2, R3])) =:= 3]),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("monitors ~p~n", [[case M of {process, Pid} when is_pid(Pid) -> {process, pid}; _ -> M end
                                  || M <- lists:sort(Ms)]]),
    {monitored_by, MB} = process_info(P, monitored_by),
    io:format("monitored_by count ~p~n", [length(MB)]),
    P ! stop,
    Downs = [receive {'DOWN', R, process, Obj, Why} -> {obj(Obj, P), Why} end || R <- [R1, R2, R3]],
    io:format("~p~n", [Downs]),
    io:format("no more ~p~n", [process_info(self(), message_queue_len)]).

obj(P, P) -> pid;
obj(O, _) -> O.
