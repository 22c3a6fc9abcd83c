#!/usr/bin/env escript
-module(sg_spawn_monitor_ref).
-export([main/1]).
-mode(compile).
%% Exercises: spawn_monitor/1,3: the monitor exists before the child runs, shows in process_info, demonitor flush works on it

main(_) ->
    {P, Ref} = spawn_monitor(fun() -> exit(at_once) end),
    receive {'DOWN', Ref, process, P, R} -> io:format("immediate ~p~n", [R]) end,
    {P2, Ref2} = spawn_monitor(fun() -> receive stop -> ok end end),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("in monitors ~p~n", [lists:member({process, P2}, Ms)]),
    {monitored_by, MB} = process_info(P2, monitored_by),
    io:format("monitored_by ~p~n", [MB =:= [self()]]),
    io:format("demonitor ~p~n", [demonitor(Ref2, [flush, info])]),
    P2 ! stop,
    {P3, Ref3} = spawn_monitor(lists, reverse, [[1, 2, 3]]),
    receive {'DOWN', Ref3, process, P3, R3} -> io:format("mfa ~p~n", [R3]) end,
    {P4, Ref4} = spawn_monitor(erlang, exit, [mfa_exit]),
    receive {'DOWN', Ref4, process, P4, R4} -> io:format("mfa exit ~p~n", [R4]) end,
    io:format("~p~n", [t(fun() -> spawn_monitor(id(not_a_fun)) end)]),
    io:format("~p~n", [t(fun() -> spawn_monitor(id(lists), id(reverse), id(not_a_list)) end)]),
    io:format("~p~n", [t(fun() -> spawn_monitor(id("m"), id(f), []) end)]),
    receive X -> io:format("unexpected ~p~n", [X]) after 20 -> io:format("no stray messages~n") end.

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
