#!/usr/bin/env escript
-module(bif_list_ops_bifs).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:'++'/'--', lists:reverse/2 BIF, length on long lists

main(_) ->
    io:format("~p~n", [[erlang:'++'([1], [2]), erlang:'--'([1, 2, 1], [1]), lists:reverse([1, 2], [3])]]),
    io:format("~p~n", [length(lists:seq(1, 500000))]).
