#!/usr/bin/env escript
-module(tm_cancel_timer).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:cancel_timer/1: integer remaining time for an active timer, false for a fired, cancelled or unknown timer

main(_) ->
    T1 = erlang:send_after(1000, self(), never),
    C1 = erlang:cancel_timer(T1),
    io:format("active: integer ~p in range ~p~n", [is_integer(C1), C1 > 0 andalso C1 =< 1000]),
    io:format("again ~p~n", [erlang:cancel_timer(T1)]),
    receive never -> io:format("fired anyway~n") after 20 -> io:format("cancelled, nothing~n") end,
    T2 = erlang:send_after(1, self(), fired),
    receive fired -> ok end,
    io:format("fired ~p~n", [erlang:cancel_timer(T2)]),
    io:format("unknown ~p~n", [erlang:cancel_timer(make_ref())]),
    T3 = erlang:start_timer(1000, self(), x),
    C3 = erlang:cancel_timer(T3),
    io:format("start_timer cancelled ~p~n", [is_integer(C3)]),
    T4 = erlang:send_after(0, self(), zero),
    receive zero -> ok end,
    io:format("zero fired ~p~n", [erlang:cancel_timer(T4)]),
    io:format("~p~n", [t(fun() -> erlang:cancel_timer(id(not_a_ref)) end)]),
    io:format("~p~n", [t(fun() -> erlang:cancel_timer(id(123)) end)]),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]).

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
