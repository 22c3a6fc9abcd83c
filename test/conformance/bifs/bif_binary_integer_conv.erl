#!/usr/bin/env escript
-module(bif_binary_integer_conv).
-export([main/1]).
-mode(compile).
%% Exercises: integer_to_binary, binary_to_integer/1,2 and errors

id(X) -> X.
main(_) ->
    io:format("~p~n", [[integer_to_binary(id(-77)), integer_to_binary(id(255), 16), integer_to_binary(id(1 bsl 64))]]),
    io:format("~p~n", [[binary_to_integer(id(<<"123">>)), binary_to_integer(id(<<"-FF">>), 16), binary_to_integer(id(<<"z">>), 36)]]),
    io:format("~p~n", [try binary_to_integer(id(<<"12a">>)) catch error:R -> R end]),
    io:format("~p~n", [try binary_to_integer(id(<<"1">>), 1) catch error:R2 -> R2 end]).
