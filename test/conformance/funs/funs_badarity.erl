#!/usr/bin/env escript
-module(funs_badarity).
-export([main/1]).
-mode(compile).
%% Exercises: calling a fun with the wrong number of arguments

id(X) -> X.
main(_) ->
    F = id(fun(X) -> X end),
    io:format("~p~n", [try F(1, 2) catch error:{badarity, {Fun, Args}} -> {badarity, is_function(Fun), Args} end]),
    G = id(fun lists:reverse/1),
    io:format("~p~n", [try G() catch error:R -> R end]),
    H = id(fun() -> ok end),
    io:format("~p~n", [try H(x) catch error:{badarity, {_, A}} -> A end]).
