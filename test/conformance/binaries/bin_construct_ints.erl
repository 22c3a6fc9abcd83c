#!/usr/bin/env escript
-module(bin_construct_ints).
-export([main/1]).
-mode(compile).
%% Exercises: integer segments with sizes, signedness and endianness

id(X) -> X.
main(_) ->
    V = id(16#12345678),
    io:format("~w~n", [<<V:32>>]),
    io:format("~w~n", [<<V:32/little>>]),
    io:format("~w~n", [<<V:32/big>>]),
    io:format("~w~n", [<<V:16>>]),
    io:format("~w~n", [<<(id(-1)):16>>]),
    io:format("~w~n", [<<(id(-2)):8/signed>>]),
    io:format("~w~n", [<<(id(256)):8>>]),
    io:format("~w~n", [<<(id(1)):24/little, (id(2)):24/big>>]),
    io:format("~w~n", [<<(id(1 bsl 70)):80>>]),
    io:format("~w~n", [<<(id(-(1 bsl 70))):80/little>>]),
    io:format("~w~n", [<<(id(5)):3, (id(1)):5>>]).
