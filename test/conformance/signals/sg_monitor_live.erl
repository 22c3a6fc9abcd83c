#!/usr/bin/env escript
-module(sg_monitor_live).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:monitor/2 on a live process: the ref, the exact DOWN message, no link created

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    Ref = erlang:monitor(process, P),
    io:format("is_reference ~p~n", [is_reference(Ref)]),
    {links, L} = process_info(self(), links),
    io:format("linked ~p~n", [lists:member(P, L)]),
    P ! stop,
    receive Msg -> io:format("~p~n", [Msg]) end,
    {'DOWN', R, process, Pid, Why} = Msg,
    io:format("ref ~p pid ~p why ~p~n", [R =:= Ref, Pid =:= P, Why]),
    P2 = spawn(fun() -> receive stop -> exit({custom, stop}) end end),
    Ref2 = monitor(process, P2),
    P2 ! stop,
    receive {'DOWN', Ref2, process, P2, Why2} -> io:format("~p~n", [Why2]) end,
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]),
    %% monitoring self is allowed and never fires
    RefS = monitor(process, self()),
    io:format("self monitor ~p~n", [is_reference(RefS)]),
    io:format("demonitor self ~p~n", [demonitor(RefS)]),
    receive X -> io:format("unexpected ~p~n", [X]) after 20 -> io:format("nothing~n") end.
