#!/usr/bin/env escript
-module(pr_pinfo_queue).
-export([main/1]).
-mode(compile).
%% Exercises: process_info/2 message_queue_len and messages, of self and of another process

main(_) ->
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    io:format("~p~n", [process_info(self(), messages)]),
    self() ! one,
    self() ! {two, 2},
    self() ! <<"three">>,
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    io:format("~p~n", [process_info(self(), messages)]),
    receive {two, _} -> ok end,
    io:format("~p~n", [process_info(self(), messages)]),
    %% another process's queue: it is blocked waiting for 'go', so our messages pile up
    P = spawn(fun() -> receive go -> ok end, receive stop -> ok end end),
    P ! a, P ! b, P ! c,
    io:format("~p~n", [process_info(P, message_queue_len)]),
    io:format("~p~n", [process_info(P, messages)]),
    P ! go,
    Ref = monitor(process, P),
    %% wait until it is blocked in the second receive
    wait_queue(P, 3),
    io:format("~p~n", [process_info(P, messages)]),
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    receive one -> ok end,
    receive <<"three">> -> ok end,
    io:format("~p~n", [process_info(self(), message_queue_len)]).

%% polls until the process has consumed 'go' (so its queue holds N messages) and is waiting
wait_queue(P, N) ->
    case process_info(P, [message_queue_len, status]) of
        [{message_queue_len, N}, {status, waiting}] -> ok;
        _ -> erlang:yield(), wait_queue(P, N)
    end.
