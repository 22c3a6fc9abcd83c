#!/usr/bin/env escript
-module(rec_tail_loop_1m).
-export([main/1]).
-mode(compile).
%% Exercises: tail-recursive loop of 1,000,000 iterations with accumulators

loop(0, A, B) -> {A, B};
loop(N, A, B) -> loop(N - 1, A + N, (B * 31 + N) rem 1000000007).
main(_) ->
    io:format("~p~n", [loop(1000000, 0, 1)]).
