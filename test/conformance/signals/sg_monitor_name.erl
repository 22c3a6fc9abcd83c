#!/usr/bin/env escript
-module(sg_monitor_name).
-export([main/1]).
-mode(compile).
%% Exercises: monitor/2 by registered name and {Name, Node}: the DOWN object is {Name, Node}

main(_) ->
    P = spawn(fun() -> receive stop -> exit(bye) end end),
    register(sg_mon_name_a, P),
    Ref = monitor(process, sg_mon_name_a),
    Ref2 = monitor(process, {sg_mon_name_a, node()}),
    Ref3 = monitor(process, P),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("monitors ~p~n", [lists:sort(Ms)]),
    {monitored_by, MB} = process_info(P, monitored_by),
    io:format("monitored_by ~p~n", [MB]),
    sg_mon_name_a ! stop,
    receive {'DOWN', Ref, process, O1, R1} -> io:format("by name ~p ~p~n", [O1, R1]) end,
    receive {'DOWN', Ref2, process, O2, R2} -> io:format("by name+node ~p ~p~n", [O2, R2]) end,
    receive {'DOWN', Ref3, process, O3, R3} -> io:format("by pid ~p ~p~n", [O3 =:= P, R3]) end,
    io:format("whereis ~p~n", [whereis(sg_mon_name_a)]).
