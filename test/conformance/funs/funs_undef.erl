#!/usr/bin/env escript
-module(funs_undef).
-export([main/1]).
-mode(compile).
%% Exercises: undef errors and their stack entries

id(X) -> X.
main(_) ->
    try (id(no_such_mod_q)):f(1, 2) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    try (id(lists)):no_such_fun(a) catch error:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)]) end,
    try (id(?MODULE)):id(1) catch error:R3:S3 -> io:format("~p ~p~n", [R3, hd(S3)]) end.
