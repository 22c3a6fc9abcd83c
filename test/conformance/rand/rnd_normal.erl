#!/usr/bin/env escript
-module(rnd_normal).
-export([main/1]).
-mode(compile).
%% Exercises: rand:normal_s/1 (the ziggurat: values from every layer, the wedges and
%% the tail beyond 3.65) and normal_s/3 for several algorithms; a summary of 20000
%% values (sum, extremes, how many beyond 3.65) that depends on every table entry.

main(_) ->
    [begin
         S = rand:seed_s(A, id(13)),
         {Xs, _} = norms(6, S, []),
         io:format("~p: ~p~n", [A, Xs])
     end || A <- [exsss, exrop, exro928ss, exs1024s, exsp, exs64, exsplus, dummy]],
    {X3, _} = rand:normal_s(id(5), 2.0, rand:seed_s(exsss, 1)),
    io:format("normal_s/3: ~p~n", [X3]),
    {X4, _} = rand:normal_s(id(-1.5), 1, rand:seed_s(exsss, 1)),
    io:format("normal_s/3 int variance: ~p~n", [X4]),
    {Many, _} = norms(20000, rand:seed_s(exsss, id(1)), []),
    io:format("sum: ~p~n", [lists:sum(Many)]),
    io:format("min/max: ~p ~p~n", [lists:min(Many), lists:max(Many)]),
    io:format("tail: ~p~n", [length([X || X <- Many, abs(X) > 3.6541528853610088])]),
    io:format("tail values: ~p~n", [[X || X <- Many, abs(X) > 3.6541528853610088]]),
    io:format("hash: ~p~n", [erlang:phash2(Many)]).

norms(0, S, Acc) -> {lists:reverse(Acc), S};
norms(N, S, Acc) ->
    {X, S1} = rand:normal_s(S),
    norms(N - 1, S1, [X | Acc]).

id(X) -> X.
