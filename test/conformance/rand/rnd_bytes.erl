#!/usr/bin/env escript
-module(rnd_bytes).
-export([main/1]).
-mode(compile).
%% Exercises: rand:bytes_s/2 for sizes around the word and four-word boundaries for
%% algorithms with 58- and 64-bit words and weak low bits, including the deprecated
%% `max` algorithms; bytes/1 on the process state.

main(_) ->
    Algs = [exsss, exrop, exro928ss, exs1024s, exsp, exsplus, exs1024, dummy],
    [begin
         S = rand:seed_s(A, id(77)),
         io:format("~p:~n", [A]),
         [io:format("  ~p: ~p~n", [N, element(1, rand:bytes_s(N, S))])
          || N <- [0, 1, 6, 7, 8, 13, 14, 27, 28, 29, 31]]
     end || A <- Algs],
    S1 = rand:seed_s(exsss, id(5)),
    {B1, S2} = rand:bytes_s(40, S1),
    {B2, _} = rand:bytes_s(3, S2),
    io:format("chained: ~p ~p~n", [byte_size(B1), B2]),
    _ = rand:seed(exsss, id(5)),
    io:format("proc: ~p~n", [rand:bytes(40) =:= B1]),
    io:format("big: ~p~n", [erlang:md5(element(1, rand:bytes_s(10000, S1)))]).

id(X) -> X.
