#!/usr/bin/env escript
-module(bin_unit).
-export([main/1]).
-mode(compile).
%% Exercises: unit specifier and bits/bytes types

id(X) -> X.
main(_) ->
    io:format("~w~n", [<<(id(1)):3/unit:8>>]),
    <<A:2/unit:4, B/binary-unit:8>> = id(<<16#AB, 1, 2>>),
    io:format("~p~n", [{A, B}]),
    io:format("~w~n", [<<(id(<<1, 2, 3>>)):2/binary-unit:8>>]),
    io:format("~w~n", [<<(id(<<1:3>>))/bits, 0:5>>]).
