#!/usr/bin/env escript
-module(rg_monitor_name).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:monitor(process, Name) and {Name, node()}: the DOWN object is {Name, Node}

main(_) ->
    P = spawn(fun() -> receive {stop, R} -> exit(R) end end),
    true = register(rg_mn_server, P),
    Ref = erlang:monitor(process, rg_mn_server),
    io:format("ref ~p~n", [is_reference(Ref)]),
    rg_mn_server ! {stop, normal},
    receive {'DOWN', Ref, process, Obj, Reason} ->
            io:format("object ~p reason ~p~n", [Obj, Reason])
    end,
    Q = spawn(fun() -> receive {stop, R} -> exit(R) end end),
    true = register(rg_mn_server2, Q),
    Ref2 = erlang:monitor(process, {rg_mn_server2, node()}),
    Q ! {stop, {shutdown, because}},
    receive {'DOWN', Ref2, process, Obj2, Reason2} ->
            io:format("object ~p reason ~p~n", [Obj2, Reason2])
    end,
    %% monitor/2 (auto-imported) by name as well
    W = spawn(fun() -> receive after infinity -> ok end end),
    true = register(rg_mn_server3, W),
    Ref3 = monitor(process, rg_mn_server3),
    exit(W, kill),
    receive {'DOWN', Ref3, process, Obj3, Reason3} ->
            io:format("object ~p reason ~p~n", [Obj3, Reason3])
    end,
    %% monitoring by pid gives the pid as the object, even when registered
    V = spawn(fun() -> receive stop -> ok end end),
    true = register(rg_mn_server4, V),
    Ref4 = monitor(process, V),
    V ! stop,
    receive {'DOWN', Ref4, process, Obj4, _} -> io:format("pid object ~p~n", [Obj4 =:= V]) end.
