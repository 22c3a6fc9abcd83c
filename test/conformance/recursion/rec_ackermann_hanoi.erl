#!/usr/bin/env escript
-module(rec_ackermann_hanoi).
-export([main/1]).
-mode(compile).
%% Exercises: classic recursive functions: ackermann, hanoi, tree building

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).
hanoi(0, _, _, _) -> 0;
hanoi(N, A, B, C) -> hanoi(N - 1, A, C, B) + 1 + hanoi(N - 1, C, B, A).
tree(0) -> leaf;
tree(D) -> {node, tree(D - 1), tree(D - 1)}.
count(leaf) -> 1;
count({node, L, R}) -> count(L) + count(R).
main(_) ->
    io:format("~p~n", [[ack(2, 3), ack(3, 3)]]),
    io:format("~p~n", [hanoi(16, a, b, c)]),
    io:format("~p~n", [count(tree(16))]).
