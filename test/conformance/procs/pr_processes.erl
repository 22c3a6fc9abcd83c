#!/usr/bin/env escript
-module(pr_processes).
-export([main/1]).
-mode(compile).
%% Exercises: processes/0 membership of self, live and dead children; all entries are pids

main(_) ->
    Ps = processes(),
    io:format("list ~p~n", [is_list(Ps)]),
    io:format("all pids ~p~n", [lists:all(fun is_pid/1, Ps)]),
    io:format("self member ~p~n", [lists:member(self(), Ps)]),
    Kids = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 5)],
    Ps2 = processes(),
    io:format("kids members ~p~n", [[lists:member(K, Ps2) || K <- Kids]]),
    io:format("grew by at least 5 ~p~n", [length(Ps2) >= length(Ps) + 5]),
    [begin R = monitor(process, K), K ! stop, receive {'DOWN', R, _, _, _} -> ok end end || K <- Kids],
    Ps3 = processes(),
    io:format("dead kids members ~p~n", [[lists:member(K, Ps3) || K <- Kids]]),
    io:format("no duplicates ~p~n", [length(lists:usort(Ps3)) =:= length(Ps3)]).
