#!/usr/bin/env escript
-module(bif_list_conversions).
-export([main/1]).
-mode(compile).
%% Exercises: list_to_tuple, tuple_to_list, binary_to_list, list_to_binary, string conversions

id(X) -> X.
main(_) ->
    io:format("~p~n", [[list_to_tuple(id([a, b])), tuple_to_list(id({1, {2}})), binary_to_list(id(<<"ab">>)), list_to_binary(id("ab"))]]),
    io:format("~p~n", [[term_to_binary(id(a)) =:= term_to_binary(a), list_to_bitstring(id([<<1:1>>]))]]),
    io:format("~p~n", [try list_to_tuple(id([a | b])) catch error:R -> R end]).
