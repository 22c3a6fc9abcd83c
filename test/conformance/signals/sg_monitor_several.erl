#!/usr/bin/env escript
-module(sg_monitor_several).
-export([main/1]).
-mode(compile).
%% Exercises: several monitors on one process: distinct refs, one DOWN per monitor, monitored_by

main(_) ->
    P = spawn(fun() -> receive stop -> exit(done) end end),
    Refs = [monitor(process, P) || _ <- [1, 2, 3]],
    io:format("distinct ~p~n", [length(lists:usort(Refs)) =:= 3]),
    {monitored_by, MB} = process_info(P, monitored_by),
    io:format("monitored_by ~p~n", [[X =:= self() || X <- MB]]),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("monitors ~p~n", [[X =:= {process, P} || X <- Ms]]),
    demonitor(lists:nth(2, Refs)),
    {monitored_by, MB2} = process_info(P, monitored_by),
    io:format("after demonitor ~p~n", [length(MB2)]),
    P ! stop,
    [receive {'DOWN', R, process, P, W} -> io:format("down ~p~n", [W]) after 100 -> io:format("none~n") end
     || R <- Refs],
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]),
    %% two processes monitoring the same one
    Main = self(),
    Q = spawn(fun() -> receive stop -> ok end end),
    W = [spawn(fun() -> R = monitor(process, Q), Main ! {mon, self()},
                        receive {'DOWN', R, process, Q, Why} -> Main ! {self(), Why} end end)
         || _ <- [1, 2]],
    [receive {mon, X} -> ok end || X <- W],
    {monitored_by, MBQ} = process_info(Q, monitored_by),
    io:format("watchers ~p~n", [lists:sort(MBQ) =:= lists:sort(W)]),
    Q ! stop,
    [receive {X, Why} -> io:format("watcher got ~p~n", [Why]) end || X <- W].
