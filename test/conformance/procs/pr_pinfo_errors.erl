#!/usr/bin/env escript
-module(pr_pinfo_errors).
-export([main/1]).
-mode(compile).
%% Exercises: process_info/1,2 errors and dead pids: unknown item badarg, non-pid badarg, undefined

main(_) ->
    R1 = try process_info(self(), id(no_such_item)) catch C:E:S -> {C, E, hd(S)} end,
    io:format("~p~n", [R1]),
    R2 = try process_info(self(), id([status, bogus])) catch C2:E2 -> {C2, E2} end,
    io:format("~p~n", [R2]),
    R3 = try process_info(id(not_a_pid), status) catch C3:E3 -> {C3, E3} end,
    io:format("~p~n", [R3]),
    R4 = try process_info(self(), id("status")) catch C4:E4 -> {C4, E4} end,
    io:format("~p~n", [R4]),
    R5 = try process_info(id(pr_pie_name)) catch C5:E5 -> {C5, E5} end,
    io:format("~p~n", [R5]),
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("dead /2 ~p~n", [process_info(P, status)]),
    io:format("dead /2 list ~p~n", [process_info(P, [status, messages])]),
    io:format("dead /1 ~p~n", [process_info(P)]),
    io:format("dead registered_name ~p~n", [process_info(P, registered_name)]),
    %% a bad item on a dead pid: badarg wins
    R6 = try process_info(P, id(no_such_item)) catch C6:E6 -> {C6, E6} end,
    io:format("~p~n", [R6]),
    %% process_info/1 of a live process is a list with some well-known keys
    Info = process_info(self()),
    io:format("~p~n", [[lists:keymember(K, 1, Info) || K <- [current_function, initial_call, status,
                                                             message_queue_len, links, dictionary,
                                                             trap_exit, group_leader]]]).

id(X) -> X.
