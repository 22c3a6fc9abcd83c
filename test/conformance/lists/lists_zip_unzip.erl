#!/usr/bin/env escript
-module(lists_zip_unzip).
-export([main/1]).
-mode(compile).
%% Exercises: zip, unzip, zip3, zipwith, errors on unequal lengths

main(_) ->
    io:format("~p~n", [lists:zip([1, 2, 3], [a, b, c])]),
    io:format("~p~n", [lists:unzip([{1, a}, {2, b}])]),
    io:format("~p~n", [lists:zip3([1, 2], [a, b], ["x", "y"])]),
    io:format("~p~n", [lists:zipwith(fun(A, B) -> A + B end, [1, 2], [10, 20])]),
    io:format("~p~n", [lists:unzip3([{1, 2, 3}, {4, 5, 6}])]),
    io:format("~p~n", [try lists:zip([1], [a, b]) catch error:R -> R end]).
