#!/usr/bin/env escript
-module(terms_tuples).
-export([main/1]).
-mode(compile).
%% Exercises: tuple literals and printing

main(_) ->
    L = [{}, {a}, {a, b}, {1, {2, {3, {}}}}, {"str", <<"bin">>, [1, 2]}, {{}, [], <<>>},
         {a, 1.5, -3, 'B c', "x"}],
    [io:format("~p ~w~n", [T, T]) || T <- L],
    io:format("~p~n", [list_to_tuple(lists:seq(1, 30))]),
    io:format("~w~n", [list_to_tuple(lists:seq(1, 30))]).
