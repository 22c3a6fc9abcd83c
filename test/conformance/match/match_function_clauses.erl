#!/usr/bin/env escript
-module(match_function_clauses).
-export([main/1]).
-mode(compile).
%% Exercises: clause selection by pattern in function heads

f(0) -> zero;
f(1.0) -> one_float;
f(N) when is_integer(N) -> int;
f([]) -> nil;
f([_]) -> one;
f([_, _ | _]) -> many;
f({}) -> empty_tuple;
f({_}) -> tuple1;
f(<<>>) -> empty_bin;
f(#{}) -> map;
f(a) -> atom_a;
f(_) -> other.
main(_) ->
    io:format("~p~n", [[f(X) || X <- [0, 1, 1.0, 0.0, [], [1], [1, 2], {}, {x}, {x, y}, <<>>, <<1>>, #{k => v}, a, b]]]).
