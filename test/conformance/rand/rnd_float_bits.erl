#!/usr/bin/env escript
-module(rnd_float_bits).
-export([main/1]).
-mode(compile).
%% Exercises: the floats of rand:uniform_s/1 and uniform_real_s/1 bit for bit: 1000 of
%% each per algorithm, summarised by the hash of their 64-bit patterns, the smallest and
%% largest, and the first few printed with ~p and ~w.

main(_) ->
    [begin
         S = rand:seed_s(A, id(1234)),
         Us = floats(fun rand:uniform_s/1, 1000, S),
         Rs = floats(fun rand:uniform_real_s/1, 1000, S),
         io:format("~p: ~p ~p ~p ~p~n", [A, bits_hash(Us), bits_hash(Rs), lists:min(Us), lists:max(Rs)]),
         io:format("  ~p~n  ~w~n", [lists:sublist(Us, 3), lists:sublist(Rs, 3)])
     end || A <- [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024]].

floats(_F, 0, _S) -> [];
floats(F, N, S) ->
    {X, S1} = F(S),
    [X | floats(F, N - 1, S1)].

bits_hash(Fs) -> erlang:phash2([B || F <- Fs, <<B:64>> <- [<<F/float>>]]).

id(X) -> X.
