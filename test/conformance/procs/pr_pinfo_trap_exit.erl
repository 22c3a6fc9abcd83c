#!/usr/bin/env escript
-module(pr_pinfo_trap_exit).
-export([main/1]).
-mode(compile).
%% Exercises: process_flag(trap_exit, ...) return values and process_info/2 trap_exit of self and others

main(_) ->
    io:format("~p~n", [process_info(self(), trap_exit)]),
    io:format("set true, old ~p~n", [process_flag(trap_exit, true)]),
    io:format("~p~n", [process_info(self(), trap_exit)]),
    io:format("set true again, old ~p~n", [process_flag(trap_exit, true)]),
    io:format("set false, old ~p~n", [process_flag(trap_exit, false)]),
    io:format("set false again, old ~p~n", [process_flag(trap_exit, false)]),
    io:format("~p~n", [process_info(self(), trap_exit)]),
    R = try process_flag(trap_exit, id(yes)) catch C:E -> {C, E} end,
    io:format("bad value ~p~n", [R]),
    R2 = try process_flag(id(no_such_flag), true) catch C2:E2 -> {C2, E2} end,
    io:format("bad flag ~p~n", [R2]),
    Me = self(),
    P = spawn(fun() -> process_flag(trap_exit, true), Me ! set, receive stop -> ok end end),
    receive set -> ok end,
    io:format("child ~p~n", [process_info(P, trap_exit)]),
    P2 = spawn(fun() -> receive stop -> ok end end),
    io:format("child2 ~p~n", [process_info(P2, trap_exit)]),
    %% trapping makes an exit signal a message
    process_flag(trap_exit, true),
    exit(self(), custom),
    receive {'EXIT', From, Why} -> io:format("got ~p from self ~p~n", [Why, From =:= self()]) end,
    P ! stop, P2 ! stop.

id(X) -> X.
