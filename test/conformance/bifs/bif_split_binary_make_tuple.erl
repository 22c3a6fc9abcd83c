#!/usr/bin/env escript
-module(bif_split_binary_make_tuple).
-export([main/1]).
-mode(compile).
%% Exercises: split_binary, make_tuple/2,3, append_element, delete_element, insert_element

id(X) -> X.
main(_) ->
    io:format("~p~n", [split_binary(id(<<1, 2, 3>>), 1)]),
    io:format("~p~n", [[erlang:make_tuple(3, x), erlang:make_tuple(0, x), erlang:make_tuple(4, 0, [{2, a}, {4, b}])]]),
    io:format("~p~n", [[erlang:append_element(id({a}), b), erlang:delete_element(1, id({a, b})), erlang:insert_element(2, id({a, c}), b)]]),
    io:format("~p~n", [try erlang:make_tuple(id(-1), x) catch error:R -> R end]).
