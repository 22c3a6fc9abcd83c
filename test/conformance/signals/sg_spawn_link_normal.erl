#!/usr/bin/env escript
-module(sg_spawn_link_normal).
-export([main/1]).
-mode(compile).
%% Exercises: spawn_link/1: a normal exit does not kill a non-trapping parent; the link goes away; trapping gets {'EXIT', P, normal}

main(_) ->
    P = spawn_link(fun() -> receive go -> ok end end),
    Ref = monitor(process, P),
    P ! go,
    receive {'DOWN', Ref, process, P, R} -> io:format("down ~p~n", [R]) end,
    io:format("parent alive ~p~n", [is_process_alive(self())]),
    {links, L} = process_info(self(), links),
    io:format("still linked ~p~n", [lists:member(P, L)]),
    P2 = spawn_link(fun() -> receive go -> exit(normal) end end),
    Ref2 = monitor(process, P2),
    P2 ! go,
    receive {'DOWN', Ref2, process, P2, R2} -> io:format("down ~p~n", [R2]) end,
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]),
    process_flag(trap_exit, true),
    P3 = spawn_link(fun() -> ok end),
    receive M -> io:format("~p~n", [M =:= {'EXIT', P3, normal}]) end,
    P4 = spawn_link(fun() -> exit(normal) end),
    receive {'EXIT', P4, R4} -> io:format("exit ~p~n", [R4]) end.
