#!/usr/bin/env escript
-module(exc_error_info_shape).
-export([main/1]).
-mode(compile).
%% Exercises: the fourth element of BIF stack entries (error_info)

id(X) -> X.
main(_) ->
    try binary_to_atom(id(<<255>>), utf8) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    try list_to_tuple(id(x)) catch error:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)]) end,
    try erlang:hd(id([])) catch error:R3:S3 -> io:format("~p ~p~n", [R3, hd(S3)]) end.
