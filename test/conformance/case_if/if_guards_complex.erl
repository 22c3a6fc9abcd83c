#!/usr/bin/env escript
-module(if_guards_complex).
-export([main/1]).
-mode(compile).
%% Exercises: if with complex guard sequences

id(X) -> X.
f(X, Y) ->
    if X > Y, is_integer(X); X == Y -> ge_int_or_eq;
       is_float(X) orelse is_float(Y) -> has_float;
       true -> other
    end.
main(_) -> io:format("~p~n", [[f(id(X), id(Y)) || {X, Y} <- [{3, 1}, {1, 1.0}, {1.5, 2}, {1, 2}, {3.0, 1}]]]).
