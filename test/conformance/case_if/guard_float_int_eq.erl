#!/usr/bin/env escript
-module(guard_float_int_eq).
-export([main/1]).
-mode(compile).
%% Exercises: == vs =:= in guards across int and float

f(X) when X =:= 1 -> exact_int;
f(X) when X == 1 -> equal_num;
f(_) -> other.
main(_) -> io:format("~p~n", [[f(X) || X <- [1, 1.0, 2, one]]]).
