#!/usr/bin/env escript
-module(bif_error_info_conversions).
-export([main/1]).
-mode(compile).
%% Exercises: stack entries of failing conversion BIFs

id(X) -> X.
main(_) ->
    try list_to_integer(id("x1")) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    try integer_to_list(id(1), id(99)) catch error:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)]) end,
    try atom_to_list(id(<<"a">>)) catch error:R3:S3 -> io:format("~p ~p~n", [R3, hd(S3)]) end.
