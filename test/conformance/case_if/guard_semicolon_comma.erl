#!/usr/bin/env escript
-module(guard_semicolon_comma).
-export([main/1]).
-mode(compile).
%% Exercises: guard sequences with ; (or) and , (and)

id(X) -> X.
f(X) when is_integer(X), X > 0; is_float(X), X < 0 -> weird;
f(X) when is_atom(X); is_list(X) -> atom_or_list;
f(_) -> other.
main(_) -> io:format("~p~n", [[f(id(X)) || X <- [1, -1, 1.5, -1.5, a, [], {}, 0]]]).
