#!/usr/bin/env escript
-module(lists_reverse_nth).
-export([main/1]).
-mode(compile).
%% Exercises: reverse/1,2, nth, nthtail, last, sublist

id(X) -> X.
main(_) ->
    L = id([a, b, c, d, e]),
    io:format("~p~n", [[lists:reverse(L), lists:reverse(L, [z]), lists:nth(2, L), lists:nthtail(3, L), lists:last(L)]]),
    io:format("~p~n", [[lists:sublist(L, 2), lists:sublist(L, 2, 2), lists:sublist(L, 10)]]),
    io:format("~p~n", [try lists:nth(0, L) catch error:R -> R end]),
    io:format("~p~n", [try lists:last([]) catch error:R2 -> R2 end]).
