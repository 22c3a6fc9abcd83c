#!/usr/bin/env escript
-module(rg_child_registers).
-export([main/1]).
-mode(compile).
%% Exercises: processes registering themselves and talking to each other by name only

main(_) ->
    true = register(rg_cr_parent, self()),
    Me = self(),
    A = spawn(fun() ->
                      true = register(rg_cr_a, self()),
                      rg_cr_parent ! {registered, rg_cr_a},
                      receive {ping, N} -> rg_cr_b ! {ping, N + 1} end
              end),
    B = spawn(fun() ->
                      true = register(rg_cr_b, self()),
                      rg_cr_parent ! {registered, rg_cr_b},
                      receive {ping, N} -> rg_cr_parent ! {final, N + 1} end
              end),
    Names = lists:sort([receive {registered, X} -> X end, receive {registered, Y} -> Y end]),
    io:format("registered ~p~n", [Names]),
    io:format("whereis ~p ~p~n", [whereis(rg_cr_a) =:= A, whereis(rg_cr_b) =:= B]),
    rg_cr_a ! {ping, 1},
    receive {final, F} -> io:format("final ~p~n", [F]) end,
    %% a child that tries to take a name that is already taken crashes with badarg
    {C, Ref} = spawn_monitor(fun() -> register(rg_cr_parent, self()) end),
    {Reason, Top} = receive {'DOWN', Ref, process, C, {R, [T | _]}} -> {R, T} end,
    timer:sleep(50),
    io:format("~p ~p~n", [Reason, Top]),
    io:format("parent name kept ~p~n", [whereis(rg_cr_parent) =:= Me]).
