#!/usr/bin/env escript
-module(tm_send_after_abs).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:send_after/4 and start_timer/4 with {abs, true}: an absolute monotonic time, in the past fires at once

main(_) ->
    Now = erlang:monotonic_time(millisecond),
    T = erlang:send_after(Now + 20, self(), abs_msg, [{abs, true}]),
    R = erlang:read_timer(T),
    io:format("remaining ok ~p~n", [is_integer(R) andalso R =< 20]),
    receive abs_msg -> io:format("abs fired~n") end,
    io:format("not before its time ~p~n", [erlang:monotonic_time(millisecond) >= Now + 20]),
    T2 = erlang:start_timer(erlang:monotonic_time(millisecond) - 5, self(), past, [{abs, true}]),
    receive {timeout, T2, past} -> io:format("past fires at once~n") end,
    T3 = erlang:send_after(10, self(), rel, [{abs, false}]),
    receive rel -> io:format("abs false is relative ~p~n", [is_reference(T3)]) end,
    R4 = try erlang:send_after(-1, self(), neg, [{abs, false}]) catch C:E -> {C, E} end,
    io:format("negative relative ~p~n", [R4]),
    R5 = try erlang:send_after(erlang:monotonic_time(millisecond) - 100000000, self(), x, [{abs, true}])
         catch C5:E5 -> {C5, E5} end,
    io:format("long before the VM started ~p~n", [R5]).
