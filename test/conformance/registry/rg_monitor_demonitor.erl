#!/usr/bin/env escript
-module(rg_monitor_demonitor).
-export([main/1]).
-mode(compile).
%% Exercises: demonitor of a monitor made by name; the monitor follows the process, not the name

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    true = register(rg_md_a, P),
    Ref = monitor(process, rg_md_a),
    io:format("demonitor ~p~n", [demonitor(Ref)]),
    P ! stop,
    R = receive {'DOWN', Ref, _, _, _} -> got_down after 30 -> no_down end,
    io:format("~p~n", [R]),
    %% the monitor is on the process that had the name when monitor/2 was called
    Q = spawn(fun() -> receive stop -> ok end end),
    true = register(rg_md_b, Q),
    Ref2 = monitor(process, rg_md_b),
    true = unregister(rg_md_b),
    Q2 = spawn(fun() -> receive stop -> ok end end),
    true = register(rg_md_b, Q2),
    Q2 ! stop,
    R2 = receive {'DOWN', Ref2, _, _, _} -> wrong_down after 30 -> no_down_for_new_holder end,
    io:format("~p~n", [R2]),
    Q ! stop,
    receive {'DOWN', Ref2, process, Obj, Why} -> io:format("down ~p ~p~n", [Obj, Why]) end,
    %% demonitor with flush removes a DOWN already delivered
    Ref3 = monitor(process, rg_md_nobody),
    io:format("flush ~p~n", [demonitor(Ref3, [flush])]),
    io:format("info ~p~n", [demonitor(monitor(process, rg_md_nobody), [flush, info])]),
    io:format("mailbox ~p~n", [process_info(self(), messages)]).
