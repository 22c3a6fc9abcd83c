#!/usr/bin/env escript
-module(pr_recv_guards).
-export([main/1]).
-mode(compile).
%% Exercises: receive clauses with guards, guard failure leaving the message in the mailbox

main(_) ->
    [self() ! M || M <- [{n, -3}, {n, 0}, {n, 7}, {n, 2.5}, {n, x}, {s, "abc"}, {s, <<"b">>}]],
    Out = [recv_one() || _ <- lists:seq(1, 7)],
    io:format("~p~n", [Out]),
    %% a guard that raises is just false
    self() ! {t, 1},
    self() ! {t, {1, 2}},
    R = receive {t, T} when element(1, T) =:= 1 -> {tuple, T} end,
    io:format("~p~n", [R]),
    R2 = receive {t, T2} -> {left, T2} end,
    io:format("~p~n", [R2]),
    %% guard sequences with ; and ,
    [self() ! {g, V} || V <- [1, 100, 50, -1]],
    G = [edge(), edge(), edge()],
    io:format("~p~n", [G]),
    Rest = [receive {g, V} when is_integer(V), V > 0 -> V after 0 -> none end || _ <- [1, 2, 3]],
    io:format("~p~n", [Rest]).

edge() ->
    receive {g, V} when V < 0; V > 99 -> {edge, V} after 0 -> none end.

recv_one() ->
    receive
        {n, X} when is_integer(X), X < 0 -> {negative, X};
        {n, 0} -> zero;
        {n, X} when is_integer(X) -> {positive, X};
        {n, X} when is_float(X) -> {float, X};
        {s, S} when is_list(S), length(S) > 2 -> {long_string, S};
        {s, S} when is_binary(S) -> {binary, S};
        {n, X} -> {not_a_number, X}
    end.
