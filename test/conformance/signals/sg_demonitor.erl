#!/usr/bin/env escript
-module(sg_demonitor).
-export([main/1]).
-mode(compile).
%% Exercises: demonitor/1: return value, no DOWN after it, a DOWN already queued stays, bad arguments

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    Ref = monitor(process, P),
    io:format("demonitor ~p~n", [demonitor(Ref)]),
    io:format("again ~p~n", [demonitor(Ref)]),
    P ! stop,
    R2 = monitor(process, P),
    receive {'DOWN', R2, process, P, W} -> io:format("second monitor ~p~n", [W]) end,
    receive {'DOWN', Ref, process, _, _} -> io:format("unexpected~n") after 0 -> io:format("no DOWN for removed monitor~n") end,
    %% the monitor fired already: demonitor/1 still returns true and leaves the message
    {Q, RQ} = spawn_monitor(fun() -> ok end),
    wait_queue(1),
    io:format("demonitor fired ~p~n", [demonitor(RQ)]),
    receive {'DOWN', RQ, process, Q, WQ} -> io:format("still queued ~p~n", [WQ]) after 0 -> io:format("gone~n") end,
    io:format("unknown ref ~p~n", [demonitor(make_ref())]),
    io:format("~p~n", [t(fun() -> demonitor(id(not_a_ref)) end)]),
    io:format("~p~n", [t(fun() -> demonitor(id(self())) end)]).

wait_queue(N) ->
    case process_info(self(), message_queue_len) of
        {message_queue_len, N} -> ok;
        _ -> timer:sleep(1), wait_queue(N)
    end.

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
