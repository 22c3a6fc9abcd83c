#!/usr/bin/env escript
-module(sg_unlink_return).
-export([main/1]).
-mode(compile).
%% Exercises: unlink/1 return values: linked, not linked, self, dead pid, badarg; no EXIT after unlink

main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive stop -> exit(boom) end end),
    io:format("unlink ~p~n", [unlink(P)]),
    io:format("unlink again ~p~n", [unlink(P)]),
    io:format("unlink self ~p~n", [unlink(self())]),
    {links, L} = process_info(self(), links),
    io:format("still linked ~p~n", [lists:member(P, L)]),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, R} -> io:format("down ~p~n", [R]) end,
    io:format("unlink dead ~p~n", [unlink(P)]),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]),
    io:format("~p~n", [t(fun() -> unlink(id(atom)) end)]),
    io:format("~p~n", [t(fun() -> unlink(id("list")) end)]),
    io:format("alive ~p~n", [is_process_alive(self())]).

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
