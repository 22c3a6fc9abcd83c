#!/usr/bin/env escript
-module(rg_monitor_noproc).
-export([main/1]).
-mode(compile).
%% Exercises: monitoring an unknown name or a dead registered name gives an immediate noproc DOWN

main(_) ->
    Ref = erlang:monitor(process, rg_mnp_nobody),
    receive {'DOWN', Ref, process, Obj, Reason} -> io:format("~p ~p~n", [Obj, Reason]) end,
    Ref2 = erlang:monitor(process, {rg_mnp_nobody, node()}),
    receive {'DOWN', Ref2, process, Obj2, Reason2} -> io:format("~p ~p~n", [Obj2, Reason2]) end,
    %% a name that was registered to a process that has died
    {P, PRef} = spawn_monitor(fun() -> register(rg_mnp_gone, self()) end),
    receive {'DOWN', PRef, process, P, normal} -> ok end,
    Ref3 = monitor(process, rg_mnp_gone),
    receive {'DOWN', Ref3, process, Obj3, Reason3} -> io:format("~p ~p~n", [Obj3, Reason3]) end,
    %% a dead pid: the object is the pid
    Ref4 = monitor(process, P),
    receive {'DOWN', Ref4, process, Obj4, Reason4} -> io:format("pid ~p ~p~n", [Obj4 =:= P, Reason4]) end,
    %% bad monitor targets
    R = try monitor(process, id("name")) catch C:E -> {C, E} end,
    io:format("~p~n", [R]),
    R2 = try monitor(process, id({a, b, c})) catch C2:E2 -> {C2, E2} end,
    io:format("~p~n", [R2]),
    R3 = try monitor(id(proc), self()) catch C3:E3 -> {C3, E3} end,
    io:format("~p~n", [R3]),
    io:format("mailbox ~p~n", [process_info(self(), message_queue_len)]).

id(X) -> X.
