#!/usr/bin/env escript
-module(bin_binary_segments).
-export([main/1]).
-mode(compile).
%% Exercises: binary and bitstring segments with sizes, tails

id(X) -> X.
main(_) ->
    A = id(<<"hello">>), B = id(<<" world">>),
    io:format("~p~n", [<<A/binary, B/binary>>]),
    io:format("~p~n", [<<A:3/binary, B/bits>>]),
    <<P:2/binary, Rest/binary>> = A,
    io:format("~p~n", [{P, Rest}]),
    <<Bits:12/bits, More/bitstring>> = A,
    io:format("~p~n", [{Bits, More}]),
    io:format("~p~n", [try <<A:10/binary>> catch error:R -> R end]),
    io:format("~p~n", [try <<(id(<<1:4>>))/binary>> catch error:R2 -> R2 end]).
