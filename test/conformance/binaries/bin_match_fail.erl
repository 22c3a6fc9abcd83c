#!/usr/bin/env escript
-module(bin_match_fail).
-export([main/1]).
-mode(compile).
%% Exercises: binary patterns that fail to match

id(X) -> X.
m(<<A:8, B:8>>) -> {two, A, B};
m(<<A:16, _:4>>) -> {odd_bits, A};
m(<<_/binary>>) -> other_binary;
m(_) -> bitstring_or_other.
main(_) ->
    io:format("~p~n", [[m(id(B)) || B <- [<<1, 2>>, <<1, 2, 3:4>>, <<1, 2, 3>>, <<1:1>>, x]]]),
    io:format("~p~n", [try <<_:16>> = id(<<1>>) catch error:R -> R end]).
