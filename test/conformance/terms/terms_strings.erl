#!/usr/bin/env escript
-module(terms_strings).
-export([main/1]).
-mode(compile).
%% Exercises: string literals, printable detection in ~p

main(_) ->
    L = ["", "abc", "hello world", "a\nb", "tab\there", [1, 2, 3], [97, 98, 0], "with \"quotes\"",
         "back\\slash", [$a | "bc"], "abc" "def", [200, 201], [127], [$a, 127], "\e[0m", [31],
         [8, 9, 10, 11, 12, 13, 27], [7], "\s\d", [256], [1114111], [955, 956]],
    [io:format("~p~n", [S]) || S <- L],
    [io:format("~w~n", [S]) || S <- L],
    io:format("~s|~s|~s~n", ["abc", [$x, [$y, "z"]], <<"bin">>]).
