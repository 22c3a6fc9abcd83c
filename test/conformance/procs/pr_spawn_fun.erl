#!/usr/bin/env escript
-module(pr_spawn_fun).
-export([main/1]).
-mode(compile).
%% Exercises: spawn/1 with closures, the child's result sent back, distinct pids

main(_) ->
    Parent = self(),
    X = 21,
    P = spawn(fun() -> Parent ! {self(), X * 2} end),
    io:format("is_pid ~p~n", [is_pid(P)]),
    io:format("different ~p~n", [P =/= self()]),
    receive {P, V} -> io:format("got ~p~n", [V]) end,
    %% several children, each with its own captured value
    Ps = [spawn(fun() -> Parent ! {self(), N * N} end) || N <- lists:seq(1, 5)],
    Rs = [receive {Pid, R} -> R end || Pid <- Ps],
    io:format("squares ~p~n", [Rs]),
    io:format("all distinct ~p~n", [length(lists:usort(Ps)) =:= 5]),
    %% a fun that uses a captured fun
    F = fun(A) -> {wrapped, A} end,
    P2 = spawn(fun() -> Parent ! {self(), F(hello)} end),
    receive {P2, W} -> io:format("~p~n", [W]) end,
    %% the child sees its own pid as self()
    P3 = spawn(fun() -> Parent ! {pid_of_child, self()} end),
    receive {pid_of_child, Q} -> io:format("self in child ~p~n", [Q =:= P3]) end,
    %% spawn/1 of something that is not a fun is badarg
    R2 = try spawn(id(not_a_fun)) catch C2:E2 -> {C2, E2} end,
    io:format("~p~n", [R2]).

id(X) -> X.
