#!/usr/bin/env escript
-module(guard_string_compare).
-export([main/1]).
-mode(compile).
%% Exercises: comparisons of strings and atoms in guards

f(S) when S < "m" -> first_half;
f(S) when S >= "m", S =< "z" -> second_half;
f(_) -> other.
main(_) -> io:format("~p~n", [[f(X) || X <- ["apple", "m", "zebra", "zz", [], a]]]).
