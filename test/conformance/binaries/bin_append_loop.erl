#!/usr/bin/env escript
-module(bin_append_loop).
-export([main/1]).
-mode(compile).
%% Exercises: building binaries incrementally in a loop

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N rem 256)>>).
main(_) ->
    B = build(10000, <<>>),
    io:format("~p~n", [byte_size(B)]),
    io:format("~p~n", [binary:part(B, 0, 10)]),
    io:format("~p~n", [lists:sum(binary_to_list(B))]).
