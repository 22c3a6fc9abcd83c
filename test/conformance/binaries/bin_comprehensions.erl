#!/usr/bin/env escript
-module(bin_comprehensions).
-export([main/1]).
-mode(compile).
%% Exercises: binary comprehensions and list comprehensions over binaries

main(_) ->
    B = <<1, 2, 3, 4, 5, 6>>,
    io:format("~p~n", [<< <<(X * 2)>> || <<X>> <= B >>]),
    io:format("~p~n", [[X || <<X:16>> <= B]]),
    io:format("~p~n", [<< <<X:4>> || X <- [1, 2, 3, 4] >>]),
    io:format("~p~n", [<< <<X>> || <<X>> <= B, X rem 2 =:= 0 >>]),
    io:format("~p~n", [[{A, C} || <<A:4, C:4>> <= <<16#AB, 16#CD>>]]),
    io:format("~p~n", [<< <<C, C>> || <<C>> <= <<"abc">> >>]),
    io:format("~p~n", [[X || <<X:3>> <= <<255, 1:2>>]]).
