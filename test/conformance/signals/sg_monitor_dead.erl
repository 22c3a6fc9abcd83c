#!/usr/bin/env escript
-module(sg_monitor_dead).
-export([main/1]).
-mode(compile).
%% Exercises: monitor/2 on a dead pid or an unregistered name: immediate DOWN with noproc; badarg cases

main(_) ->
    {P, Ref0} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref0, process, P, _} -> ok end,
    Ref = monitor(process, P),
    receive {'DOWN', Ref, process, P, R} -> io:format("dead pid ~p~n", [R]) end,
    Ref2 = monitor(process, sg_monitor_dead_nobody),
    receive M2 -> io:format("~p~n", [M2]), {'DOWN', Ref2, process, _, _} = M2 end,
    Ref3 = monitor(process, {sg_monitor_dead_nobody, node()}),
    receive M3 -> io:format("~p~n", [M3]), {'DOWN', Ref3, process, _, _} = M3 end,
    io:format("~p~n", [t(fun() -> monitor(process, id(42)) end)]),
    io:format("~p~n", [t(fun() -> monitor(process, id("name")) end)]),
    io:format("~p~n", [t(fun() -> monitor(id(proces), self()) end)]),
    io:format("~p~n", [t(fun() -> monitor(id(process), {id(a), id(b), id(c)}) end)]),
    io:format("~p~n", [t(fun() -> monitor(process, {id(a), id("node")}) end)]),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
