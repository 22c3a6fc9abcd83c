#!/usr/bin/env escript
-module(io_libfmt).
-export([main/1]).
-mode(compile).
%% Exercises: io_lib:format returns deep char lists; flatten and iolist conversions

main(_) ->
    S = io_lib:format("~p-~w-~s", [a, 1, "x"]),
    io:format("~p~n", [lists:flatten(S)]),
    io:format("~p~n", [iolist_to_binary(io_lib:format("~5.2f", [3.14159]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~10.3f|~-8w|", [2.5, abc]))]),
    io:format("~p~n", [io_lib:write(1)]),
    io:format("~p~n", [lists:flatten(io_lib:write([a, "b", <<"c">>]))]).
