#!/usr/bin/env escript
-module(match_list_shapes).
-export([main/1]).
-mode(compile).
%% Exercises: proper, improper and nested list patterns

id(X) -> X.
s([]) -> nil;
s([_ | T]) when not is_list(T) -> improper;
s([[_ | _] | _]) -> nested_first;
s([_]) -> single;
s([_, _]) -> double;
s([_ | _]) -> longer.
main(_) ->
    io:format("~p~n", [[s(id(L)) || L <- [[], [a | b], [[1]], [a], [a, b], [a, b, c], [[], x]]]]).
