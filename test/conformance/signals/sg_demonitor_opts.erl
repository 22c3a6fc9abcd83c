#!/usr/bin/env escript
-module(sg_demonitor_opts).
-export([main/1]).
-mode(compile).
%% Exercises: demonitor/2 with [], [flush], [info], [flush, info]: return values and the flushed DOWN; badarg options

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    R1 = monitor(process, P),
    io:format("[] ~p~n", [demonitor(R1, [])]),
    R2 = monitor(process, P),
    io:format("[info] active ~p~n", [demonitor(R2, [info])]),
    io:format("[info] again ~p~n", [demonitor(R2, [info])]),
    R3 = monitor(process, P),
    io:format("[flush, info] active ~p~n", [demonitor(R3, [flush, info])]),
    io:format("[flush] unknown ~p~n", [demonitor(make_ref(), [flush])]),
    io:format("[info] unknown ~p~n", [demonitor(make_ref(), [info])]),
    %% fired monitors
    {A, RA} = spawn_monitor(fun() -> ok end),
    {B, RB} = spawn_monitor(fun() -> ok end),
    {C, RC} = spawn_monitor(fun() -> ok end),
    wait_queue(3),
    io:format("[flush] fired ~p~n", [demonitor(RA, [flush])]),
    io:format("[info] fired ~p~n", [demonitor(RB, [info])]),
    io:format("[flush, info] fired ~p~n", [demonitor(RC, [flush, info])]),
    Left = [R || {'DOWN', R, process, _, _} <- element(2, process_info(self(), messages))],
    io:format("left ~p~n", [[R =:= RB || R <- Left]]),
    receive {'DOWN', RB, process, B, _} -> ok end,
    _ = {A, C},
    io:format("~p~n", [t(fun() -> demonitor(R1, id([bad])) end)]),
    io:format("~p~n", [t(fun() -> demonitor(R1, id(flush)) end)]),
    io:format("~p~n", [t(fun() -> demonitor(id(x), []) end)]),
    P ! stop.

wait_queue(N) ->
    case process_info(self(), message_queue_len) of
        {message_queue_len, N} -> ok;
        _ -> timer:sleep(1), wait_queue(N)
    end.

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
