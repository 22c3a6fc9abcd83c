#!/usr/bin/env escript
-module(case_bool_values).
-export([main/1]).
-mode(compile).
%% Exercises: case on boolean expressions and comparisons

id(X) -> X.
main(_) ->
    [io:format("~p~n", [case id(X) > 2 of true -> gt; false -> le end]) || X <- [1, 3]],
    io:format("~p~n", [case {id(1) == 1.0, id(1) =:= 1.0} of {true, false} -> expected; _ -> unexpected end]).
