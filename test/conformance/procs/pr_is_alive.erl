#!/usr/bin/env escript
-module(pr_is_alive).
-export([main/1]).
-mode(compile).
%% Exercises: is_process_alive/1 before and after exit, for self, killed and crashed processes; badarg

main(_) ->
    io:format("self ~p~n", [is_process_alive(self())]),
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("waiting child ~p~n", [is_process_alive(P)]),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("after normal exit ~p~n", [is_process_alive(P)]),
    P2 = spawn(fun() -> receive after infinity -> ok end end),
    Ref2 = monitor(process, P2),
    exit(P2, kill),
    receive {'DOWN', Ref2, process, P2, killed} -> ok end,
    io:format("after kill ~p~n", [is_process_alive(P2)]),
    {P3, Ref3} = spawn_monitor(fun() -> exit(crashed) end),
    receive {'DOWN', Ref3, process, P3, crashed} -> ok end,
    io:format("after exit/1 ~p~n", [is_process_alive(P3)]),
    %% exit/2 with a normal reason does not kill a process that does not trap exits
    P4 = spawn(fun() -> receive stop -> ok end end),
    exit(P4, normal),
    io:format("after exit(P, normal) ~p~n", [is_process_alive(P4)]),
    P4 ! stop,
    R = [try is_process_alive(X) catch C:E -> {C, E} end || X <- [id(self_atom), id(1), id("pid")]],
    io:format("~p~n", [R]).

id(X) -> X.
