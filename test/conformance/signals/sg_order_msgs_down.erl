#!/usr/bin/env escript
-module(sg_order_msgs_down).
-export([main/1]).
-mode(compile).
%% Exercises: messages sent before a process exits are all in the queue, in order, when its DOWN arrives

main(_) ->
    Main = self(),
    {P, Ref} = spawn_monitor(fun() -> [Main ! {msg, N} || N <- lists:seq(1, 10)], exit(done) end),
    receive {'DOWN', Ref, process, P, R} -> io:format("down ~p~n", [R]) end,
    {messages, Ms} = process_info(self(), messages),
    io:format("~p~n", [Ms]),
    [receive {msg, N} -> N end || N <- lists:seq(1, 10)],
    %% two senders: each one's messages keep their own order
    Q1 = spawn(fun() -> receive go -> [Main ! {a, N} || N <- [1, 2, 3]] end end),
    Q2 = spawn(fun() -> receive go -> [Main ! {b, N} || N <- [1, 2, 3]] end end),
    R1 = monitor(process, Q1), R2 = monitor(process, Q2),
    Q1 ! go, Q2 ! go,
    receive {'DOWN', R1, process, Q1, _} -> ok end,
    receive {'DOWN', R2, process, Q2, _} -> ok end,
    {messages, Ms2} = process_info(self(), messages),
    io:format("a ~p~n", [[N || {a, N} <- Ms2]]),
    io:format("b ~p~n", [[N || {b, N} <- Ms2]]).
