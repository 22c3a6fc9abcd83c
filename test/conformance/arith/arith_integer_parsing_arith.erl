#!/usr/bin/env escript
-module(arith_integer_parsing_arith).
-export([main/1]).
-mode(compile).
%% Exercises: integers from strings combined arithmetically

main(_) ->
    L = ["0", "-0", "+5", "-123", "99999999999999999999", "-18446744073709551616", "007"],
    Ns = [list_to_integer(S) || S <- L],
    io:format("~p~n", [Ns]),
    io:format("~p~n", [lists:sum(Ns)]),
    io:format("~p~n", [[N * 2 + 1 || N <- Ns]]).
