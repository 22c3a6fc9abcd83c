#!/usr/bin/env escript
-module(pr_recv_after0).
-export([main/1]).
-mode(compile).
%% Exercises: receive ... after 0: polling an empty and a non-empty mailbox, after-only receive

main(_) ->
    R1 = receive X -> {got, X} after 0 -> empty end,
    io:format("~p~n", [R1]),
    self() ! hello,
    R2 = receive Y -> {got, Y} after 0 -> empty end,
    io:format("~p~n", [R2]),
    %% a message that does not match stays; after 0 fires
    self() ! other,
    R3 = receive wanted -> yes after 0 -> timeout end,
    io:format("~p~n", [R3]),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]),
    %% after-only receive with 0
    R4 = receive after 0 -> just_after end,
    io:format("~p~n", [R4]),
    %% after body value and side effects
    R5 = receive nothing -> no after 0 -> io:format("in after~n"), {after_value, 1 + 1} end,
    io:format("~p~n", [R5]),
    %% the leftover message is still there
    R6 = receive Z -> Z after 0 -> none end,
    io:format("~p~n", [R6]),
    %% a message sent by a child that has certainly finished
    Parent = self(),
    {P, Ref} = spawn_monitor(fun() -> Parent ! from_child end),
    receive {'DOWN', Ref, process, P, _} -> ok end,
    R7 = receive from_child -> arrived after 0 -> missing end,
    io:format("~p~n", [R7]).
