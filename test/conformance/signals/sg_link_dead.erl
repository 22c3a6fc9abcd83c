#!/usr/bin/env escript
-module(sg_link_dead).
-export([main/1]).
-mode(compile).
%% Exercises: link/1 to a dead pid: noproc error when not trapping, {'EXIT', Pid, noproc} when trapping

main(_) ->
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, P, R0} -> io:format("down ~p~n", [R0]) end,
    R1 = try link(P) catch C:E -> {C, E} end,
    io:format("not trapping ~p~n", [R1]),
    {links, L1} = process_info(self(), links),
    io:format("linked ~p~n", [lists:member(P, L1)]),
    false = process_flag(trap_exit, true),
    R2 = try link(P) catch C2:E2 -> {C2, E2} end,
    io:format("trapping ~p~n", [R2]),
    receive
        {'EXIT', P, Why} -> io:format("exit msg ~p~n", [Why])
    after 1000 -> io:format("no exit msg~n")
    end,
    {links, L2} = process_info(self(), links),
    io:format("linked ~p~n", [lists:member(P, L2)]),
    io:format("unlink dead ~p~n", [unlink(P)]),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).
