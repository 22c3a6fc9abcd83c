#!/usr/bin/env escript
-module(ds_queue_format).
-export([main/1]).
-mode(compile).
%% Exercises: how queues print with ~p, ~w and inside other terms

id(X) -> X.

main(_) ->
    Q = queue:from_list(id(lists:seq(1, 10))),
    io:format("~p~n", [Q]),
    io:format("~w~n", [Q]),
    io:format("~p~n", [{queue, Q, [queue:new()]}]),
    io:format("~p~n", [queue:from_list(id([queue:from_list([a, b]), queue:from_list([c])]))]),
    io:format("~s~n", [io_lib:format("~p", [queue:in(z, queue:from_list(id("abc")))])]),
    io:format("~p~n", [queue:from_list(id([{long_atom_name_number_one, 1}, {long_atom_name_number_two, 2},
                                           {long_atom_name_number_three, 3}, {long_atom_name_number_four, 4}]))]).
