#!/usr/bin/env escript
-module(pr_selective).
-export([main/1]).
-mode(compile).
%% Exercises: selective receive: unmatched messages stay in order, a later receive gets them

main(_) ->
    [self() ! M || M <- [{a, 1}, {b, 1}, {a, 2}, {c, 1}, {b, 2}, {a, 3}]],
    B1 = receive {b, X} -> X end,
    io:format("first b ~p~n", [B1]),
    {messages, Ms} = process_info(self(), messages),
    io:format("left ~p~n", [Ms]),
    C = receive {c, Y} -> Y end,
    io:format("c ~p~n", [C]),
    As = [receive {a, Z} -> Z end || _ <- [1, 2, 3]],
    io:format("as ~p~n", [As]),
    {messages, Ms2} = process_info(self(), messages),
    io:format("left ~p~n", [Ms2]),
    %% a receive with no match times out; the mailbox is unchanged
    R = receive {d, _} -> d after 0 -> no_d end,
    io:format("~p ~p~n", [R, process_info(self(), messages)]),
    B2 = receive {b, W} -> W end,
    io:format("second b ~p~n", [B2]),
    %% a message arriving after the scan started can match
    Parent = self(),
    self() ! noise1,
    self() ! noise2,
    spawn(fun() -> timer:sleep(10), Parent ! wanted end),
    receive wanted -> io:format("got wanted~n") end,
    {messages, Ms3} = process_info(self(), messages),
    io:format("noise stays ~p~n", [Ms3]),
    %% now consume in reverse order of arrival
    receive noise2 -> ok end,
    receive noise1 -> ok end,
    io:format("empty ~p~n", [process_info(self(), message_queue_len)]).
