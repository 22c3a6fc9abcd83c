#!/usr/bin/env escript
-module(bin_big_ints).
-export([main/1]).
-mode(compile).
%% Exercises: large integer segments (more than 64 bits)

id(X) -> X.
main(_) ->
    N = id(16#0102030405060708090A0B0C0D0E0F10),
    B = <<N:128>>,
    io:format("~w~n", [B]),
    <<M:128/little>> = <<N:128/little>>,
    io:format("~p~n", [M =:= N]),
    <<S:100/signed>> = <<(id(-12345678901234567890)):100>>,
    io:format("~p~n", [S]),
    io:format("~w~n", [<<(id(-1)):72>>]).
