#!/usr/bin/env escript
-module(rnd_reject).
-export([main/1]).
-mode(compile).
%% Exercises: rand:uniform_s/2 rejecting a word from the top, incomplete stretch of
%% the range and drawing again. exsss states are built so that the next word is a chosen
%% value V (the ** scrambler is inverted: S0 = rotr(V / 9, 7) / 5 modulo 2^58), for small
%% and large ranges, and uniform_s/1, uniform_real_s/1 and bytes_s/2 on those words.

-define(M58, ((1 bsl 58) - 1)).

main(_) ->
    Words = [?M58, ?M58 - 5, ?M58 - 1024, 1 bsl 57, 0, 1, 12345678901234567],
    Ranges = [3, 6, 1000, (1 bsl 24) - 1, 1 bsl 24, (1 bsl 40) + 1, (1 bsl 57) + 3,
              1 bsl 58, (1 bsl 58) + 1],
    [begin
         S = state(V),
         io:format("V=~p~n", [V]),
         [io:format("  ~p: ~p~n", [N, element(1, rand:uniform_s(N, S))]) || N <- Ranges],
         io:format("  float: ~p~n", [element(1, rand:uniform_s(S))]),
         io:format("  real: ~p~n", [element(1, rand:uniform_real_s(S))]),
         io:format("  bytes: ~p~n", [element(1, rand:bytes_s(9, S))]),
         io:format("  normal: ~p~n", [element(1, rand:normal_s(S))])
     end || V <- Words],
    %% the state after a rejected draw
    {_, S1} = rand:uniform_s(3, state(?M58)),
    io:format("after: ~p~n", [rand:export_seed_s(S1)]).

%% An exsss state whose next word is V.
state(V) ->
    A = (V * inv(9)) band ?M58,
    B = ((A bsr 7) bor ((A band 127) bsl 51)) band ?M58,
    S0 = (B * inv(5)) band ?M58,
    rand:seed_s({exsss, [123456789 | S0]}).

%% The inverse of an odd X modulo 2^58 (Newton's iteration).
inv(X) -> inv(X, X, 6).
inv(_, Y, 0) -> Y;
inv(X, Y, K) -> inv(X, (Y * (2 - X * Y)) band ?M58, K - 1).
