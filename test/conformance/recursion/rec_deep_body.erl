#!/usr/bin/env escript
-module(rec_deep_body).
-export([main/1]).
-mode(compile).
%% Exercises: deep non-tail recursion (sum and length) 1,000,000 deep

sum([]) -> 0;
sum([H | T]) -> H + sum(T).
len([]) -> 0;
len([_ | T]) -> 1 + len(T).
main(_) ->
    L = lists:seq(1, 1000000),
    io:format("~p ~p~n", [sum(L), len(L)]).
