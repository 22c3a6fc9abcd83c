#!/usr/bin/env escript
-module(bin_construct_float_int_mix).
-export([main/1]).
-mode(compile).
%% Exercises: mixing segment types in one construction

id(X) -> X.
main(_) ->
    B = <<(id(1)):8, (id(2.0)):32/float, (id(<<"xy">>))/binary, (id($z))/utf8, (id(-3)):16/signed-little>>,
    io:format("~w~n", [B]),
    <<I:8, F:32/float, S:2/binary, U/utf8, N:16/signed-little>> = B,
    io:format("~p~n", [{I, F, S, U, N}]).
