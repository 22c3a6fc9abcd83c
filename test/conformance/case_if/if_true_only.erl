#!/usr/bin/env escript
-module(if_true_only).
-export([main/1]).
-mode(compile).
%% Exercises: if with only true clause and side effects in branches

id(X) -> X.
main(_) ->
    R = if true -> id(done) end,
    io:format("~p~n", [R]),
    [if X rem 3 =:= 0 -> io:format("fizz~n"); true -> io:format("~p~n", [X]) end || X <- lists:seq(1, 6)].
