#!/usr/bin/env escript
-module(bif_tuple_ops_errors).
-export([main/1]).
-mode(compile).
%% Exercises: append_element/delete_element/insert_element errors

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[t(fun() -> erlang:delete_element(3, id({a, b})) end), t(fun() -> erlang:insert_element(4, id({a, b}), c) end),
                        t(fun() -> erlang:append_element(id([]), c) end)]]).
