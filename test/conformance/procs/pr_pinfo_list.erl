#!/usr/bin/env escript
-module(pr_pinfo_list).
-export([main/1, waiter/0]).
-mode(compile).
%% Exercises: process_info/2 with a list of items: order kept, repeated items, empty list

waiter() -> receive stop -> ok end.

main(_) ->
    P = spawn(?MODULE, waiter, []),
    register(pr_pil_waiter, P),
    P ! hello,
    wait_status(P),
    io:format("~p~n", [process_info(P, [registered_name, message_queue_len, messages,
                                        trap_exit, links, initial_call])]),
    io:format("~p~n", [process_info(P, [status, current_function])]),
    io:format("~p~n", [process_info(P, [])]),
    io:format("~p~n", [process_info(P, [trap_exit, trap_exit])]),
    io:format("~p~n", [process_info(self(), [messages, registered_name, dictionary])]),
    unregister(pr_pil_waiter),
    io:format("~p~n", [process_info(P, [registered_name])]),
    P ! stop.

wait_status(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_status(P)
    end.
