#!/usr/bin/env escript
-module(bin_utf).
-export([main/1]).
-mode(compile).
%% Exercises: utf8, utf16, utf32 segments construction and matching

id(X) -> X.
main(_) ->
    Cs = [$a, 233, 8364, 128512],
    [io:format("~w ~w ~w ~w~n", [<<C/utf8>>, <<C/utf16>>, <<C/utf16-little>>, <<C/utf32>>]) || C <- Cs],
    <<X/utf8, Y/utf8, Z/utf8, W/utf8>> = id(<<"aé€😀"/utf8>>),
    io:format("~p~n", [[X, Y, Z, W]]),
    <<U:2/binary, V/utf16>> = id(<<0, 0, 216, 61, 222, 0>>),
    io:format("~p~n", [{U, V}]),
    io:format("~p~n", [try <<(id(16#D800))/utf8>> catch error:R -> R end]),
    io:format("~p~n", [try <<(id(-1))/utf32>> catch error:R2 -> R2 end]),
    io:format("~p~n", [case id(<<255>>) of <<C1/utf8>> -> C1; _ -> invalid end]).
