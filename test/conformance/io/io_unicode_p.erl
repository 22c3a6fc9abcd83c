#!/usr/bin/env escript
-module(io_unicode_p).
-export([main/1]).
-mode(compile).
%% Exercises: ~p vs ~tp of unicode lists, atoms and binaries

main(_) ->
    io:format("~p~n", [[1000, 1001]]),
    io:format("~tp~n", [[1000, 1001]]),
    io:format("~p~n", [<<"ž"/utf8>>]),
    io:format("~tp~n", [<<"ž"/utf8>>]),
    io:format("~tp~n", ['ž']),
    io:format("~p~n", ['ž']),
    io:format("~tw~n", [[1000]]).
