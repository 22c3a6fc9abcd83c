#!/usr/bin/env escript
-module(rnd_ranges).
-export([main/1]).
-mode(compile).
%% Exercises: rand:uniform_s/2 at the edges of the ranges: 1, powers of two, 2^24 and
%% 2^53 (where the integer arithmetic changes size), the generator's word size 2^58,
%% ranges wider than one word (powers of two and not, several words), for algorithms
%% with and without weak low bits and with 64-bit words; a rejection of the top
%% incomplete stretch of a word (dummy's chosen words).

main(_) ->
    Ns = [1, 2, 3, 7, 1000, (1 bsl 24) - 1, 1 bsl 24, (1 bsl 24) + 1, 123456789,
          (1 bsl 53) - 1, 1 bsl 53, (1 bsl 53) + 1, (1 bsl 57) + 3, (1 bsl 58) - 1,
          1 bsl 58, (1 bsl 58) + 1, 1 bsl 64, (1 bsl 64) + 7, 1 bsl 100,
          (1 bsl 117) - 1, 3 bsl 150],
    [begin
         S = rand:seed_s(A, id(21)),
         io:format("~p:~n", [A]),
         [io:format("  ~p: ~p~n", [N, ints(3, N, S)]) || N <- Ns]
     end || A <- [exsss, exrop, exro928ss, exs1024s, exsp, exs64, exsplus, exs1024]],
    %% dummy: a word near 2^58 is above the last full stretch for a range of 3 and is
    %% drawn again (the complement is small).
    io:format("dummy reject: ~p~n", [ints(2, 3, rand:seed_s({dummy, (1 bsl 58) - 1}))]),
    io:format("dummy wide: ~p~n", [ints(2, 1 bsl 60, rand:seed_s({dummy, 5}))]),
    io:format("exsss sum: ~p~n", [lists:sum(ints(5000, 6, rand:seed_s(exsss, id(1))))]).

ints(0, _, _) -> [];
ints(K, N, S) ->
    {X, S1} = rand:uniform_s(N, S),
    [X | ints(K - 1, N, S1)].

id(X) -> X.
