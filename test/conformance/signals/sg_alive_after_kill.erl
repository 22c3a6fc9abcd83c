#!/usr/bin/env escript
-module(sg_alive_after_kill).
-export([main/1]).
-mode(compile).
%% Exercises: is_process_alive/1 right after exit/2: kill and other reasons are seen at once, normal is ignored; badarg

main(_) ->
    P = spawn(fun() -> receive after infinity -> ok end end),
    io:format("before ~p~n", [is_process_alive(P)]),
    exit(P, kill),
    io:format("after kill ~p~n", [is_process_alive(P)]),
    Q = spawn(fun() -> receive after infinity -> ok end end),
    exit(Q, normal),
    io:format("after normal ~p~n", [is_process_alive(Q)]),
    exit(Q, other),
    io:format("after other ~p~n", [is_process_alive(Q)]),
    Main = self(),
    T = spawn(fun() -> process_flag(trap_exit, true), Main ! ready, receive after infinity -> ok end end),
    receive ready -> ok end,
    exit(T, other),
    io:format("trapping after other ~p~n", [is_process_alive(T)]),
    exit(T, kill),
    io:format("trapping after kill ~p~n", [is_process_alive(T)]),
    {D, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, D, _} -> ok end,
    io:format("dead ~p~n", [is_process_alive(D)]),
    io:format("self ~p~n", [is_process_alive(self())]),
    io:format("~p~n", [t(fun() -> is_process_alive(id(name)) end)]),
    io:format("~p~n", [t(fun() -> is_process_alive(id(1)) end)]).

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
