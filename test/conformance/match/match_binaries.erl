#!/usr/bin/env escript
-module(match_binaries).
-export([main/1]).
-mode(compile).
%% Exercises: binary patterns in heads with sizes and tails

id(X) -> X.
f(<<1, Rest/binary>>) -> {one, Rest};
f(<<Len:8, Data:Len/binary, Tail/binary>>) -> {len, Len, Data, Tail};
f(<<>>) -> empty.
main(_) ->
    io:format("~p~n", [[f(id(B)) || B <- [<<1, 2, 3>>, <<2, "ab", "cd">>, <<>>, <<0>>]]]),
    io:format("~p~n", [try f(id(<<5, 1>>)) catch C:R -> {C, R} end]).
