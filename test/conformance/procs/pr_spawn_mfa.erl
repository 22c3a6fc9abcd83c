#!/usr/bin/env escript
-module(pr_spawn_mfa).
-export([main/1, worker/2, no_args/0, adder/3]).
-mode(compile).
%% Exercises: spawn/3 with exported functions, argument lists, badarg for bad arguments

worker(Parent, Tag) ->
    Parent ! {Tag, self(), done}.

no_args() ->
    receive {From, ping} -> From ! pong end.

adder(Parent, A, B) ->
    Parent ! {sum, A + B}.

main(_) ->
    P = spawn(?MODULE, worker, [self(), t1]),
    receive {t1, P, done} -> io:format("worker t1 done~n") end,
    P2 = spawn(pr_spawn_mfa, no_args, []),
    P2 ! {self(), ping},
    receive pong -> io:format("pong~n") end,
    spawn(?MODULE, adder, [self(), 1 bsl 70, 5]),
    receive {sum, S} -> io:format("sum ~p~n", [S]) end,
    %% a library function as the entry point
    P3 = spawn(lists, reverse, [[1, 2, 3]]),
    io:format("is_pid ~p~n", [is_pid(P3)]),
    %% bad arguments
    R1 = try spawn(id(?MODULE), id(worker), id(not_a_list)) catch C1:E1 -> {C1, E1} end,
    io:format("~p~n", [R1]),
    R2 = try spawn(id("mod"), id(worker), id([])) catch C2:E2 -> {C2, E2} end,
    io:format("~p~n", [R2]),
    R3 = try spawn(id(?MODULE), id(42), id([])) catch C3:E3 -> {C3, E3} end,
    io:format("~p~n", [R3]),
    R4 = try spawn(id(?MODULE), id(worker), id([a | b])) catch C4:E4 -> {C4, E4} end,
    io:format("~p~n", [R4]).

id(X) -> X.
