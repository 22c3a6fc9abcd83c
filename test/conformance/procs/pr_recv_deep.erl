#!/usr/bin/env escript
-module(pr_recv_deep).
-export([main/1]).
-mode(compile).
%% Exercises: receive in a deep body recursion (non-tail) and in a tail-recursive loop

%% body recursion: each level receives one message then recurses, summing on the way out
sum_msgs(0) -> 0;
sum_msgs(N) ->
    V = receive {num, X} -> X end,
    V + sum_msgs(N - 1).

%% body recursion that receives after returning from the deeper call
collect_rev(0) -> [];
collect_rev(N) ->
    Rest = collect_rev(N - 1),
    receive {num, X} -> [X | Rest] end.

count_loop(Acc) ->
    receive
        {num, _} -> count_loop(Acc + 1);
        stop -> Acc
    end.

main(_) ->
    N = 5000,
    [self() ! {num, I} || I <- lists:seq(1, N)],
    io:format("sum ~p~n", [sum_msgs(N)]),
    [self() ! {num, I} || I <- lists:seq(1, 10)],
    io:format("rev ~p~n", [collect_rev(10)]),
    %% a child that does a deep recursion with receive while we feed it
    Parent = self(),
    P = spawn(fun() -> Parent ! {result, sum_msgs(2000)} end),
    [P ! {num, I} || I <- lists:seq(1, 2000)],
    receive {result, R} -> io:format("child sum ~p~n", [R]) end,
    [self() ! {num, I} || I <- lists:seq(1, 20000)],
    self() ! stop,
    io:format("loop count ~p~n", [count_loop(0)]).
