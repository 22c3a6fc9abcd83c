#!/usr/bin/env escript
-module(pr_spawn_opt).
-export([main/1, child/1]).
-mode(compile).
%% Exercises: spawn_opt/2,4 with [], [link], [monitor], [link, monitor]: return shapes and effects

child(Parent) -> Parent ! {hello, self()}.

main(_) ->
    process_flag(trap_exit, true),
    P0 = spawn_opt(fun() -> ok end, []),
    io:format("plain ~p~n", [is_pid(P0)]),
    P1 = spawn_opt(fun() -> exit(r1) end, [link]),
    io:format("link ~p~n", [is_pid(P1)]),
    receive {'EXIT', P1, R1} -> io:format("exit ~p~n", [R1]) end,
    {P2, M2} = spawn_opt(fun() -> exit(r2) end, [monitor]),
    io:format("monitor ~p ~p~n", [is_pid(P2), is_reference(M2)]),
    receive {'DOWN', M2, process, P2, R2} -> io:format("down ~p~n", [R2]) end,
    {P3, M3} = spawn_opt(fun() -> exit(r3) end, [link, monitor]),
    io:format("link+monitor ~p ~p~n", [is_pid(P3), is_reference(M3)]),
    Got = lists:sort([receive {'EXIT', P3, R} -> {exit, R} end,
                      receive {'DOWN', M3, process, P3, R} -> {down, R} end]),
    io:format("~p~n", [Got]),
    {P4, M4} = spawn_opt(?MODULE, child, [self()], [monitor]),
    receive {hello, P4} -> io:format("hello from mfa child~n") end,
    receive {'DOWN', M4, process, P4, R4} -> io:format("down4 ~p~n", [R4]) end,
    P5 = spawn_opt(?MODULE, child, [self()], [link]),
    receive {hello, P5} -> ok end,
    receive {'EXIT', P5, R5} -> io:format("exit5 ~p~n", [R5]) end,
    R6 = try spawn_opt(fun() -> ok end, id([bogus_option])) catch C:E -> {C, E} end,
    io:format("~p~n", [R6]),
    R7 = try spawn_opt(fun() -> ok end, id(not_a_list)) catch C7:E7 -> {C7, E7} end,
    io:format("~p~n", [R7]).

id(X) -> X.
