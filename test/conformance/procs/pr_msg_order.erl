#!/usr/bin/env escript
-module(pr_msg_order).
-export([main/1]).
-mode(compile).
%% Exercises: messages between one pair of processes arrive in the order sent

main(_) ->
    Parent = self(),
    N = 1000,
    P = spawn(fun() -> [Parent ! {seq, self(), I} || I <- lists:seq(1, N)] end),
    Got = [receive {seq, P, I} -> I end || _ <- lists:seq(1, N)],
    io:format("in order ~p~n", [Got =:= lists:seq(1, N)]),
    %% two senders: each one's stream is ordered, the interleaving is not checked
    A = spawn(fun() -> [Parent ! {a, I} || I <- lists:seq(1, 100)] end),
    B = spawn(fun() -> [Parent ! {b, I} || I <- lists:seq(1, 100)] end),
    io:format("senders ~p~n", [is_pid(A) andalso is_pid(B)]),
    All = [receive {T, I} when T =:= a; T =:= b -> {T, I} end || _ <- lists:seq(1, 200)],
    As = [I || {a, I} <- All],
    Bs = [I || {b, I} <- All],
    io:format("a ordered ~p, b ordered ~p~n", [As =:= lists:seq(1, 100), Bs =:= lists:seq(1, 100)]),
    %% we send to a child, it echoes everything back, order is kept both ways
    Echo = spawn(fun Loop() -> receive {From, M} -> From ! {echo, M}, Loop(); stop -> ok end end),
    [Echo ! {self(), I} || I <- lists:seq(1, 200)],
    Back = [receive {echo, I} -> I end || _ <- lists:seq(1, 200)],
    io:format("echo ordered ~p~n", [Back =:= lists:seq(1, 200)]),
    Echo ! stop,
    %% self-sends are ordered too
    [self() ! {s, I} || I <- lists:seq(1, 10)],
    io:format("~p~n", [[receive {s, I} -> I end || _ <- lists:seq(1, 10)]]).
