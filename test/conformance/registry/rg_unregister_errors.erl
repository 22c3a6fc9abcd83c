#!/usr/bin/env escript
-module(rg_unregister_errors).
-export([main/1]).
-mode(compile).
%% Exercises: unregister/1 badarg for an unknown name, twice, and non-atom; whereis/1 of non-atoms

main(_) ->
    R1 = try unregister(id(rg_ue_never)) catch C:E:S -> {C, E, hd(S)} end,
    io:format("unknown ~p~n", [R1]),
    P = spawn(fun() -> receive stop -> ok end end),
    true = register(rg_ue_name, P),
    io:format("first ~p~n", [unregister(rg_ue_name)]),
    R2 = try unregister(id(rg_ue_name)) catch C2:E2 -> {C2, E2} end,
    io:format("second ~p~n", [R2]),
    R3 = try unregister(id("rg_ue_name")) catch C3:E3 -> {C3, E3} end,
    io:format("string ~p~n", [R3]),
    R4 = try unregister(id(P)) catch C4:E4 -> {C4, E4} end,
    io:format("pid ~p~n", [R4]),
    R5 = try whereis(id("name")) catch C5:E5 -> {C5, E5} end,
    io:format("whereis string ~p~n", [R5]),
    R6 = try whereis(id(42)) catch C6:E6 -> {C6, E6} end,
    io:format("whereis integer ~p~n", [R6]),
    io:format("whereis undefined ~p~n", [whereis(id(undefined))]),
    %% unregistering a name held by another process works
    Me = self(),
    Q = spawn(fun() -> register(rg_ue_child, self()), Me ! ok, receive stop -> ok end end),
    receive ok -> ok end,
    io:format("unregister other's name ~p~n", [unregister(rg_ue_child)]),
    io:format("~p~n", [process_info(Q, registered_name)]),
    P ! stop, Q ! stop.

id(X) -> X.
