#!/usr/bin/env escript
-module(bin_bitstring_ops).
-export([main/1]).
-mode(compile).
%% Exercises: bitstring construction, matching and printing

id(X) -> X.
main(_) ->
    B = id(<<1:1, 0:1, 1:1, 1:1>>),
    io:format("~p ~p~n", [B, bit_size(B)]),
    <<H:1, T/bits>> = B,
    io:format("~p ~p~n", [H, T]),
    io:format("~p~n", [<<B/bits, B/bits>>]),
    io:format("~p~n", [<<B/bits, 255>>]),
    io:format("~p~n", [bitstring_to_list(<<1, 2, 3:3>>)]),
    io:format("~p~n", [list_to_bitstring([1, <<2:4>>, [<<3:4>>]])]),
    io:format("~p~n", [is_binary(B)]).
