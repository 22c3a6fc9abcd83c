#!/usr/bin/env escript
-module(pr_pinfo_initial_call).
-export([main/1, entry/0, entry/2]).
-mode(compile).
%% Exercises: process_info/2 initial_call for spawn/3 (the MFA with arity), spawn/1 of a fun

entry() -> receive stop -> ok end.
entry(_, _) -> receive stop -> ok end.

main(_) ->
    P1 = spawn(?MODULE, entry, []),
    io:format("~p~n", [process_info(P1, initial_call)]),
    P2 = spawn(?MODULE, entry, [a, b]),
    io:format("~p~n", [process_info(P2, initial_call)]),
    P3 = spawn(fun() -> receive stop -> ok end end),
    io:format("~p~n", [process_info(P3, initial_call)]),
    P4 = spawn(fun entry/0),
    io:format("~p~n", [process_info(P4, initial_call)]),
    P5 = spawn_link(?MODULE, entry, []),
    io:format("~p~n", [process_info(P5, initial_call)]),
    {P6, _} = spawn_monitor(?MODULE, entry, [1, 2]),
    io:format("~p~n", [process_info(P6, initial_call)]),
    %% stays the same after the process moved on to other functions
    Me = self(),
    P7 = spawn(?MODULE, entry, []),
    io:format("~p~n", [process_info(P7, initial_call)]),
    [P ! stop || P <- [P1, P2, P3, P4, P5, P6, P7]],
    io:format("~p~n", [Me =:= self()]).
