#!/usr/bin/env escript
-module(guard_arith_compare).
-export([main/1]).
-mode(compile).
%% Exercises: arithmetic in guards including float/int comparison

id(X) -> X.
f(X) when X * 2 =:= 10 -> five;
f(X) when X / 2 == 3 -> six;
f(X) when X band 1 =:= 1 -> odd;
f(X) when -X > 0 -> negative;
f(_) -> other.
main(_) -> io:format("~p~n", [[f(id(X)) || X <- [5, 6, 6.0, 7, -4, 8, 5.0]]]).
