#!/usr/bin/env escript
-module(rg_badarg_taken).
-export([main/1]).
-mode(compile).
%% Exercises: register/2 badarg when the name is taken or the pid already has a name

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    Q = spawn(fun() -> receive stop -> ok end end),
    true = register(rg_bt_name, P),
    R1 = try register(rg_bt_name, Q) catch C:E:S -> {C, E, hd(S)} end,
    io:format("name taken ~p~n", [R1]),
    R2 = try register(rg_bt_name, P) catch C2:E2 -> {C2, E2} end,
    io:format("same name same pid ~p~n", [R2]),
    R3 = try register(rg_bt_second, P) catch C3:E3 -> {C3, E3} end,
    io:format("pid already registered ~p~n", [R3]),
    io:format("whereis second ~p~n", [whereis(rg_bt_second)]),
    io:format("still P ~p~n", [whereis(rg_bt_name) =:= P]),
    %% self twice
    true = register(rg_bt_self, self()),
    R4 = try register(rg_bt_self2, self()) catch C4:E4 -> {C4, E4} end,
    io:format("self twice ~p~n", [R4]),
    %% a system name is taken too
    R5 = try register(init, Q) catch C5:E5 -> {C5, E5} end,
    io:format("init taken ~p~n", [R5]),
    %% catch form
    io:format("~p~n", [element(1, element(2, catch register(rg_bt_name, Q)))]),
    P ! stop, Q ! stop.
