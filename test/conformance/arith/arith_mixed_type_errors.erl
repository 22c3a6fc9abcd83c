#!/usr/bin/env escript
-module(arith_mixed_type_errors).
-export([main/1]).
-mode(compile).
%% Exercises: arithmetic on lists tuples binaries maps raises badarith

id(X) -> X.
%% Drops the stack trace: it would show escript's own frames.
e({'EXIT', {R, _}}) -> {'EXIT', R};
e(V) -> V.
main(_) ->
    Bad = [[], [1], {}, <<1>>, #{}, a, "1", {fun() -> 1 end}],
    [io:format("~p~n", [e(catch id(1) + id(B))]) || B <- Bad].
