#!/usr/bin/env escript
-module(bin_sizes).
-export([main/1]).
-mode(compile).
%% Exercises: byte_size, bit_size, size of binaries and bitstrings

id(X) -> X.
main(_) ->
    L = [<<>>, <<1>>, <<1:1>>, <<1, 2:3>>, <<0:64>>, id(<<"abcdef">>)],
    io:format("~p~n", [[{byte_size(B), bit_size(B)} || B <- L]]),
    io:format("~p~n", [[size(B) || B <- L]]),
    io:format("~p~n", [try byte_size(id(x)) catch error:R -> R end]),
    io:format("~p~n", [try bit_size(id([1])) catch error:R2 -> R2 end]).
