#!/usr/bin/env escript
-module(arith_bsl_large).
-export([main/1]).
-mode(compile).
%% Exercises: shifts producing very large and very negative numbers

id(X) -> X.
main(_) ->
    io:format("~p~n", [id(1) bsl 200]),
    io:format("~p~n", [id(-1) bsl 200]),
    io:format("~p~n", [(id(1) bsl 200) bsr 199]),
    io:format("~p~n", [(id(-1) bsl 200) bsr 300]),
    io:format("~p~n", [id(12345) bsr 1000]),
    io:format("~p~n", [id(-12345) bsr 1000]),
    io:format("~p~n", [id(3) bsl -1]),
    io:format("~p~n", [id(3) bsr -2]).
