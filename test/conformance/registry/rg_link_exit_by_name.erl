#!/usr/bin/env escript
-module(rg_link_exit_by_name).
-export([main/1]).
-mode(compile).
%% Exercises: link/1, unlink/1 and exit/2 do not accept registered names (badarg); whereis first

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    true = register(rg_le_proc, P),
    R1 = try link(id(rg_le_proc)) catch C1:E1 -> {C1, E1} end,
    io:format("link name ~p~n", [R1]),
    R2 = try unlink(id(rg_le_proc)) catch C2:E2 -> {C2, E2} end,
    io:format("unlink name ~p~n", [R2]),
    R3 = try exit(id(rg_le_proc), kill) catch C3:E3 -> {C3, E3} end,
    io:format("exit name ~p~n", [R3]),
    io:format("still alive ~p~n", [is_process_alive(P)]),
    R4 = try is_process_alive(id(rg_le_proc)) catch C4:E4 -> {C4, E4} end,
    io:format("is_process_alive name ~p~n", [R4]),
    R5 = try process_info(id(rg_le_proc), status) catch C5:E5 -> {C5, E5} end,
    io:format("process_info name ~p~n", [R5]),
    %% the whereis way works
    process_flag(trap_exit, true),
    true = link(whereis(rg_le_proc)),
    exit(whereis(rg_le_proc), kill),
    receive {'EXIT', P, Why} -> io:format("exit ~p~n", [Why]) end,
    io:format("name gone ~p~n", [whereis(rg_le_proc)]).

id(X) -> X.
