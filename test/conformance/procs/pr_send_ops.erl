#!/usr/bin/env escript
-module(pr_send_ops).
-export([main/1]).
-mode(compile).
%% Exercises: ! and erlang:send/2,3: return values, options noconnect and nosuspend

main(_) ->
    Me = self(),
    R1 = (Me ! {a, 1}),
    io:format("bang returns ~p~n", [R1]),
    R2 = erlang:send(Me, {b, 2}),
    io:format("send/2 returns ~p~n", [R2]),
    R3 = erlang:send(Me, {c, 3}, []),
    io:format("send/3 [] returns ~p~n", [R3]),
    R4 = erlang:send(Me, {d, 4}, [noconnect]),
    io:format("send/3 noconnect returns ~p~n", [R4]),
    R5 = erlang:send(Me, {e, 5}, [nosuspend]),
    io:format("send/3 nosuspend returns ~p~n", [R5]),
    R6 = erlang:send(Me, {f, 6}, [noconnect, nosuspend]),
    io:format("send/3 both returns ~p~n", [R6]),
    %% chained send: the value of ! is the message
    Me ! Me ! chained,
    io:format("queue ~p~n", [element(2, process_info(Me, message_queue_len))]),
    io:format("~p~n", [flush([])]),
    %% send/3 with a bad option list
    R7 = try erlang:send(Me, x, id([bogus])) catch C:E -> {C, E} end,
    io:format("~p~n", [R7]),
    R8 = try erlang:send(Me, x, id(not_a_list)) catch C8:E8 -> {C8, E8} end,
    io:format("~p~n", [R8]),
    io:format("~p~n", [flush([])]).

flush(Acc) ->
    receive M -> flush([M | Acc]) after 0 -> lists:reverse(Acc) end.

id(X) -> X.
