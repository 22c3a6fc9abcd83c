#!/usr/bin/env escript
-module(bin_checksum).
-export([main/1]).
-mode(compile).
%% Exercises: byte loops over binaries: sum, xor, adler-like checksum

sum(<<>>, A) -> A;
sum(<<B, R/binary>>, A) -> sum(R, A + B).
adler(<<>>, A, B) -> (B bsl 16) bor A;
adler(<<C, R/binary>>, A, B) -> A1 = (A + C) rem 65521, adler(R, A1, (B + A1) rem 65521).
main(_) ->
    D = list_to_binary(lists:seq(0, 255)),
    io:format("~p~n", [sum(D, 0)]),
    io:format("~p~n", [adler(<<"Wikipedia">>, 1, 0)]),
    io:format("~p~n", [erlang:adler32(<<"Wikipedia">>)]),
    io:format("~p~n", [erlang:crc32(<<"hello">>)]).
