#!/usr/bin/env escript
-module(lists_sum_max_min).
-export([main/1]).
-mode(compile).
%% Exercises: sum, max, min on mixed numbers and terms

main(_) ->
    io:format("~p~n", [[lists:sum([1, 2, 3.5]), lists:sum([]), lists:max([3, 1.0, 7, 2]), lists:min([3, 1.0, 1, 2])]]),
    io:format("~p~n", [[lists:max([a, 1, "z", {}]), lists:min([a, 1, "z", {}])]]),
    io:format("~p~n", [try lists:max([]) catch error:R -> R end]),
    io:format("~p~n", [try lists:sum([1, a]) catch error:R2 -> R2 end]).
