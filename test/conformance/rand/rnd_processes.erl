#!/usr/bin/env escript
-module(rnd_processes).
-export([main/1]).
-mode(compile).
%% Exercises: each process has its own rand state (its dictionary): seeding one does not
%% move another, the same seed gives the same sequence in two processes, erasing
%% rand_seed makes the next call seed from time, a bad value under rand_seed fails.

main(_) ->
    Self = self(),
    Work = fun(Tag, Seed) ->
                   spawn(fun() ->
                                 _ = rand:seed(exsss, Seed),
                                 receive go -> ok end,
                                 Self ! {Tag, [rand:uniform(100) || _ <- lists:seq(1, 5)]}
                         end)
           end,
    P1 = Work(a, 17),
    P2 = Work(b, 17),
    P3 = Work(c, 18),
    _ = rand:seed(exsss, 17),
    Mine = [rand:uniform(100) || _ <- lists:seq(1, 5)],
    [P ! go || P <- [P1, P2, P3]],
    R = [receive {T, L} -> {T, L} end || T <- [a, b, c]],
    io:format("~p~n~p~n", [Mine, R]),
    io:format("same: ~p~n", [element(2, lists:nth(1, R)) =:= Mine]),
    _ = erase(rand_seed),
    X = rand:uniform(10),
    io:format("reseeded: ~p ~p~n", [X >= 1 andalso X =< 10, element(1, rand:export_seed())]),
    put(rand_seed, garbage),
    io:format("garbage: ~p~n", [try rand:uniform() catch C:E -> {C, E} end]),
    put(rand_seed, {exsss, [1 | 2]}),
    io:format("exported form: ~p~n", [try rand:uniform() catch C2:E2 -> {C2, E2} end]),
    ok.
