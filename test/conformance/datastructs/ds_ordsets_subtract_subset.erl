#!/usr/bin/env escript
-module(ds_ordsets_subtract_subset).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets:subtract/2, is_subset/2 and is_disjoint/2

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = ordsets:from_list(id([1, 2, 3, 4, 5])),
    B = ordsets:from_list(id([2, 4, 6])),
    p({ordsets:subtract(A, B), ordsets:subtract(B, A), ordsets:subtract(A, []), ordsets:subtract([], A)}),
    p(ordsets:subtract(id([1, 2, 3]), id([2.0]))),
    p([ordsets:is_subset(X, A) || X <- [[], [1], [1, 5], [2, 4, 6], [0], [5.0], A]]),
    p(ordsets:is_subset(A, [])),
    p([ordsets:is_disjoint(X, B) || X <- [[], [1, 3], [1, 2], [6], [7, 8], [4.0]]]),
    p(ordsets:is_disjoint(B, [])),
    p(s(fun() -> ordsets:subtract(id(x), B) end)),
    p(ordsets:subtract(id(x), [])),
    p(s(fun() -> ordsets:is_subset(id(x), B) end)),
    p(ordsets:is_subset([], id(x))),
    p(s(fun() -> ordsets:is_disjoint(B, id(x)) end)).
