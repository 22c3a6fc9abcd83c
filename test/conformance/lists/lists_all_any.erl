#!/usr/bin/env escript
-module(lists_all_any).
-export([main/1]).
-mode(compile).
%% Exercises: all/any with empty lists and short circuit

main(_) ->
    io:format("~p~n", [[lists:all(fun(_) -> false end, []), lists:any(fun(_) -> true end, [])]]),
    io:format("~p~n", [lists:any(fun(X) -> X > 1 end, [1, 2, error_if_reached])]),
    io:format("~p~n", [lists:all(fun(X) -> X < 1 end, [1, error_if_reached])]).
