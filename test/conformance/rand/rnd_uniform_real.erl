#!/usr/bin/env escript
-module(rnd_uniform_real).
-export([main/1]).
-mode(compile).
%% Exercises: rand:uniform_real_s/1 for several algorithms, and its slow paths (few
%% leading one bits: more words are read to fill the fraction) driven by the dummy
%% algorithm, whose words are chosen by the state; rand:uniform_s/1 of dummy.

main(_) ->
    [io:format("~p: ~p~n", [A, reals(4, rand:seed_s(A, id(11)))])
     || A <- [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024]],
    %% dummy returns its state, then the complement: small states are words with
    %% many leading zeros.
    [io:format("dummy ~p: ~p~n", [W, reals(2, rand:seed_s({dummy, W}))])
     || W <- [id(1), 5, 1 bsl 20, 1 bsl 49, 1 bsl 50, 1 bsl 51, 1 bsl 52, 1 bsl 53,
              (1 bsl 54) + 12345, 1 bsl 57, (1 bsl 58) - 1, 0, 123456789]],
    %% A state of all zeros reads a word of zeros, then all ones.
    {X, _} = rand:uniform_real_s(rand:seed_s({dummy, 0})),
    io:format("zero: ~p~n", [X]),
    {U, _} = rand:uniform_s(rand:seed_s({dummy, 7})),
    io:format("dummy uniform: ~p~n", [U]),
    %% exs64 words are 64 bits; the real uses the low 56.
    [io:format("exs64 ~p: ~p~n", [W, reals(2, rand:seed_s({exs64, W}))])
     || W <- [id(1), 1 bsl 40, 1 bsl 63, 16#FFFFFFFFFFFFFFFF]].

reals(0, _) -> [];
reals(N, S) ->
    {X, S1} = rand:uniform_real_s(S),
    [X | reals(N - 1, S1)].

id(X) -> X.
