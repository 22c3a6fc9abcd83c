#!/usr/bin/env escript
-module(pr_recv_after_var).
-export([main/1]).
-mode(compile).
%% Exercises: receive ... after N with N from a variable or an expression; the timeout firing and not firing

wait(T) ->
    receive
        msg -> got_msg
    after T -> {timeout, T}
    end.

main(_) ->
    io:format("~p~n", [wait(id(10))]),
    io:format("~p~n", [wait(id(0))]),
    self() ! msg,
    io:format("~p~n", [wait(id(1000))]),
    %% computed expression as the timeout
    Base = id(5),
    R = receive never -> no after Base * 2 -> computed end,
    io:format("~p~n", [R]),
    %% the time really passes (at least the timeout)
    T0 = erlang:monotonic_time(millisecond),
    receive never -> no after id(30) -> ok end,
    T1 = erlang:monotonic_time(millisecond),
    io:format("waited at least 30 ms ~p~n", [T1 - T0 >= 30]),
    %% a message arriving before the timeout wins
    Parent = self(),
    spawn(fun() -> Parent ! msg end),
    io:format("~p~n", [wait(id(5000))]),
    %% a big integer timeout is fine as long as no message is needed
    self() ! msg,
    io:format("~p~n", [wait(id(1 bsl 31))]).

id(X) -> X.
