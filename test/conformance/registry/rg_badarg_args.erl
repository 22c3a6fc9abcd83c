#!/usr/bin/env escript
-module(rg_badarg_args).
-export([main/1]).
-mode(compile).
%% Exercises: register/2 badarg for undefined, a dead pid, non-atom names, non-pid values

try_reg(Name, Pid) ->
    try register(Name, Pid) catch C:E -> {C, E} end.

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("undefined ~p~n", [try_reg(id(undefined), P)]),
    io:format("string ~p~n", [try_reg(id("name"), P)]),
    io:format("integer ~p~n", [try_reg(id(42), P)]),
    io:format("tuple ~p~n", [try_reg(id({rg_ba, node()}), P)]),
    io:format("not a pid ~p~n", [try_reg(id(rg_ba_x), id(not_a_pid))]),
    io:format("ref ~p~n", [try_reg(id(rg_ba_x), make_ref())]),
    {D, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, D, normal} -> ok end,
    io:format("dead pid ~p~n", [try_reg(id(rg_ba_dead), D)]),
    io:format("dead name free ~p~n", [whereis(rg_ba_dead)]),
    %% the stack top for a failing register
    try register(id(undefined), P) catch error:badarg:S -> io:format("~p~n", [hd(S)]) end,
    %% none of the failed calls registered anything
    io:format("P has no name ~p~n", [process_info(P, registered_name)]),
    io:format("valid still works ~p~n", [try_reg(id(rg_ba_ok), P)]),
    P ! stop.

id(X) -> X.
