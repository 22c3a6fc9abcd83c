#!/usr/bin/env escript
-module(bin_bif_ops).
-export([main/1]).
-mode(compile).
%% Exercises: binary_part, split_binary, binary_to_list/3, list_to_binary nested iolists

id(X) -> X.
main(_) ->
    B = id(<<"abcdefgh">>),
    io:format("~p~n", [binary_part(B, 2, 3)]),
    io:format("~p~n", [binary_part(B, {8, -3})]),
    io:format("~p~n", [split_binary(B, 3)]),
    io:format("~p~n", [binary_to_list(B, 2, 4)]),
    io:format("~p~n", [list_to_binary([$a, [<<"bc">>, [$d]], <<>>, "ef"])]),
    io:format("~p~n", [try binary_part(B, 5, 10) catch error:R -> R end]),
    io:format("~p~n", [try split_binary(B, 9) catch error:R2 -> R2 end]),
    io:format("~p~n", [try list_to_binary(id([256])) catch error:R3 -> R3 end]).
