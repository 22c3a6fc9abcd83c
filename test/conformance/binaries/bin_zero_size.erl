#!/usr/bin/env escript
-module(bin_zero_size).
-export([main/1]).
-mode(compile).
%% Exercises: zero-size segments and empty binaries

id(X) -> X.
main(_) ->
    Z = id(0),
    io:format("~p~n", [<<(id(123)):Z>>]),
    <<A:Z, B/binary>> = id(<<"x">>),
    io:format("~p~n", [{A, B}]),
    io:format("~p~n", [<<>> =:= <<(id(<<>>))/binary>>]),
    io:format("~p~n", [<< <<>> || _ <- [1, 2] >>]).
