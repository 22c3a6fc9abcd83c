#!/usr/bin/env escript
-module(sg_exit2_normal).
-export([main/1]).
-mode(compile).
%% Exercises: exit/2 with normal: ignored unless trapping; exit(self(), normal) kills the caller; trapping turns it into a message

main(_) ->
    Main = self(),
    P = spawn(fun() -> loop() end),
    true = exit(P, normal),
    io:format("alive after exit(P, normal) ~p~n", [ask(P)]),
    T = spawn(fun() -> process_flag(trap_exit, true), loop() end),
    ask(T),
    io:format("exit/2 returns ~p~n", [exit(T, normal)]),
    io:format("trapper got ~p~n", [ask(T) =:= {'EXIT', Main, normal}]),
    {S, Ref} = spawn_monitor(fun() -> exit(self(), normal), Main ! still_here end),
    receive
        {'DOWN', Ref, process, S, R} -> io:format("self normal: down ~p~n", [R]);
        still_here -> io:format("self normal: survived~n")
    end,
    {S2, Ref2} = spawn_monitor(fun() ->
                                       process_flag(trap_exit, true),
                                       exit(self(), normal),
                                       receive M -> Main ! {msg, M =:= {'EXIT', self(), normal}} end
                               end),
    receive {msg, B} -> io:format("self normal trapped: message ~p~n", [B]) end,
    receive {'DOWN', Ref2, process, S2, R2} -> io:format("down ~p~n", [R2]) end,
    exit(P, kill), exit(T, kill).

ask(P) ->
    P ! {ask, self()},
    receive {P, A} -> A after 500 -> dead end.

loop() -> loop(none).
loop(Last) ->
    receive
        {ask, From} -> From ! {self(), Last}, loop(Last);
        Other -> loop(Other)
    end.
