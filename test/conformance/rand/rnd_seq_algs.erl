#!/usr/bin/env escript
-module(rnd_seq_algs).
-export([main/1]).
-mode(compile).
%% Exercises: rand:seed_s/2 with an integer seed and the first integers and floats of
%% every algorithm, and the state each seed makes (exported, without the handler funs).

main(_) ->
    Algs = [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024, dummy],
    lists:foreach(fun(A) -> run(A) end, Algs).

run(Alg) ->
    S0 = rand:seed_s(Alg, id(42)),
    io:format("~p seed: ~p~n", [Alg, rand:export_seed_s(S0)]),
    {Ints, S1} = ints(5, 1000000, S0, []),
    io:format("  ints: ~p~n", [Ints]),
    {Fs, S2} = floats(4, S1, []),
    io:format("  floats: ~p~n", [Fs]),
    {Big, _} = ints(3, 1 bsl 70, S2, []),
    io:format("  big: ~p~n", [Big]).

ints(0, _N, S, Acc) -> {lists:reverse(Acc), S};
ints(K, N, S, Acc) ->
    {X, S1} = rand:uniform_s(N, S),
    ints(K - 1, N, S1, [X | Acc]).

floats(0, S, Acc) -> {lists:reverse(Acc), S};
floats(K, S, Acc) ->
    {X, S1} = rand:uniform_s(S),
    floats(K - 1, S1, [X | Acc]).

id(X) -> X.
