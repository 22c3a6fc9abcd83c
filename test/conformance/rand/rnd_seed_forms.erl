#!/usr/bin/env escript
-module(rnd_seed_forms).
-export([main/1]).
-mode(compile).
%% Exercises: rand:seed_s/1,2 with integer, list and 3-tuple seeds for every algorithm,
%% seed_s({Alg, AlgState}) and seed_s(State) round trips, the `default` algorithm,
%% negative and huge integer seeds, short list seeds padded with zeros.

main(_) ->
    Algs = [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024, dummy],
    [begin
         io:format("~p tuple: ~p~n", [A, ex(rand:seed_s(A, id({1, 2, 3})))]),
         io:format("~p list: ~p~n", [A, ex(rand:seed_s(A, id([7])))]),
         io:format("~p neg: ~p~n", [A, first(rand:seed_s(A, id(-5)))]),
         io:format("~p huge: ~p~n", [A, first(rand:seed_s(A, id(1 bsl 200)))])
     end || A <- Algs],
    S = rand:seed_s(exsss, id(99)),
    E = rand:export_seed_s(S),
    S2 = rand:seed_s(E),
    io:format("roundtrip: ~p ~p~n", [first(S) =:= first(S2), rand:export_seed_s(S2) =:= E]),
    io:format("state passes: ~p~n", [rand:seed_s(S) =:= S]),
    D = rand:seed_s(default, id(99)),
    io:format("default: ~p~n", [rand:export_seed_s(D)]),
    io:format("list masked: ~p~n", [rand:export_seed_s(rand:seed_s(exsss, id([-1, 1 bsl 60])))]),
    io:format("exrop list2: ~p~n", [rand:export_seed_s(rand:seed_s(exrop, id([0, 3])))]),
    io:format("exs64 list: ~p~n", [rand:export_seed_s(rand:seed_s(exs64, id([-1])))]),
    io:format("exro928 list: ~p~n", [rand:export_seed_s(rand:seed_s(exro928ss, id([1, 2, 3])))]),
    io:format("exs1024 list: ~p~n", [rand:export_seed_s(rand:seed_s(exs1024s, id([0, 0, 5])))]),
    io:format("tuple huge: ~p~n", [first(rand:seed_s(exsss, id({1 bsl 70, -3, 0})))]),
    io:format("exs64 tuple neg: ~p~n", [rand:export_seed_s(rand:seed_s(exs64, id({-1, -2, -3})))]).

ex(S) -> rand:export_seed_s(S).

first(S) ->
    {X, _} = rand:uniform_s(1000000, S),
    X.

id(X) -> X.
