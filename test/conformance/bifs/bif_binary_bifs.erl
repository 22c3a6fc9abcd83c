#!/usr/bin/env escript
-module(bif_binary_bifs).
-export([main/1]).
-mode(compile).
%% Exercises: byte_size, bit_size, binary_part, binary_to_list/3 edge cases

id(X) -> X.
main(_) ->
    B = id(<<0, 1, 2, 3, 4>>),
    io:format("~p~n", [[binary_part(B, 0, 0), binary_part(B, 5, 0), binary_part(B, 5, -2), binary_to_list(B, 1, 1)]]),
    io:format("~p~n", [try binary_part(B, -1, 1) catch error:R -> R end]),
    io:format("~p~n", [try binary_to_list(B, 3, 2) catch error:R2 -> R2 end]).
