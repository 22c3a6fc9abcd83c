#!/usr/bin/env escript
-module(bin_to_from_lists).
-export([main/1]).
-mode(compile).
%% Exercises: binary_to_list, list_to_binary, iolists, errors

id(X) -> X.
main(_) ->
    io:format("~p~n", [binary_to_list(<<1, 2, 255>>)]),
    io:format("~p~n", [list_to_binary(id([1, [2, [3, <<4, 5>>]], 6]))]),
    io:format("~p~n", [iolist_to_binary(id([<<"a">>, "b", [$c | <<"d">>]]))]),
    io:format("~p~n", [iolist_size(id([<<"ab">>, "c", [[[$d]]]]))]),
    io:format("~p~n", [try list_to_binary(id([a])) catch error:R -> R end]),
    io:format("~p~n", [try binary_to_list(id(<<1:3>>)) catch error:R2 -> R2 end]),
    io:format("~p~n", [try iolist_to_binary(id([-1])) catch error:R3 -> R3 end]).
