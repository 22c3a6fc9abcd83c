#!/usr/bin/env escript
-module(guard_exceptions_false).
-export([main/1]).
-mode(compile).
%% Exercises: exceptions inside guards make the guard fail, not crash

id(X) -> X.
f(X) when element(1, X) =:= a -> tuple_a;
f(X) when hd(X) > 0 -> list_pos;
f(X) when X + 1 > 5 -> big_number;
f(X) when length(X) > 2 -> long;
f(_) -> fallback.
main(_) -> io:format("~p~n", [[f(id(X)) || X <- [{a}, {b}, [1], [-1, 2, 3], 10, 1, a, [], "xyz", {}]]]).
