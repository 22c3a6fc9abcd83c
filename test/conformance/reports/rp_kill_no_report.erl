#!/usr/bin/env escript
-module(rp_kill_no_report).
-export([main/1]).
-mode(compile).
%% Exercises: a process killed by exit/2 (kill or another reason) gets no error report

main(_) ->
    [begin
         P = spawn(fun() -> receive after infinity -> ok end end),
         Ref = monitor(process, P),
         exit(P, W),
         receive {'DOWN', Ref, process, P, R} -> ok end,
         io:format("~p -> ~p~n", [W, R])
     end || W <- [kill, boom, {other, 1}]],
    %% and a process dying because a linked one died with an error: only the first reports
    {M, RefM} = spawn_monitor(fun() ->
                                      spawn_link(fun() -> receive go -> error(id(inner)) end end) ! go,
                                      receive after infinity -> ok end
                              end),
    receive {'DOWN', RefM, process, M, RM} -> ok end,
    timer:sleep(100),
    io:format("linked one died ~p~n", [element(1, RM)]),
    _ = fun crash/1.

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.
