#!/usr/bin/env escript
-module(guard_bif_failure_in_if).
-export([main/1]).
-mode(compile).
%% Exercises: failing guard BIF in if makes that branch false

id(X) -> X.
f(X) ->
    if length(X) > 1 -> long;
       tuple_size(X) > 1 -> big_tuple;
       true -> neither
    end.
main(_) -> io:format("~p~n", [[f(id(X)) || X <- [[1, 2], {1, 2}, a, [a | b]]]]).
