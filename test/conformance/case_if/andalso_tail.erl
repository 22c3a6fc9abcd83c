#!/usr/bin/env escript
-module(andalso_tail).
-export([main/1]).
-mode(compile).
%% Exercises: andalso/orelse right operand in tail position (recursion)

all_pos([]) -> true;
all_pos([H | T]) -> H > 0 andalso all_pos(T).
any_neg([]) -> false;
any_neg([H | T]) -> H < 0 orelse any_neg(T).
main(_) ->
    io:format("~p~n", [[all_pos([1, 2, 3]), all_pos([1, -2, 3]), any_neg([1, 2]), any_neg([1, -2])]]),
    io:format("~p~n", [all_pos(lists:seq(1, 300000))]).
