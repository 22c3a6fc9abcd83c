#!/usr/bin/env escript
-module(tm_receive_vs_timer).
-export([main/1]).
-mode(compile).
%% Exercises: receive ... after against a send_after timer: whichever is shorter wins, the loser does not disturb

main(_) ->
    erlang:send_after(10, self(), timer_msg),
    R1 = receive timer_msg -> timer after 50 -> after_clause end,
    io:format("10ms timer vs 50ms after: ~p~n", [R1]),
    T = erlang:send_after(50, self(), slow_msg),
    R2 = receive slow_msg -> timer after 10 -> after_clause end,
    io:format("50ms timer vs 10ms after: ~p~n", [R2]),
    io:format("timer still running ~p~n", [is_integer(erlang:read_timer(T))]),
    receive slow_msg -> io:format("slow_msg arrives later~n") end,
    %% after 0 never waits for a pending timer
    erlang:send_after(5, self(), soon),
    R3 = receive soon -> timer after 0 -> after_zero end,
    io:format("after 0: ~p~n", [R3]),
    receive soon -> ok end,
    %% a timer message that does not match the pattern is left in the queue
    erlang:send_after(1, self(), other),
    R4 = receive wanted -> wanted after 20 -> timeout end,
    io:format("non-matching: ~p, queued ~p~n", [R4, process_info(self(), message_queue_len)]).
