#!/usr/bin/env escript
-module(ds_ordsets_union).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets:union/2 and union/1, including == elements and bad input

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = ordsets:from_list(id([1, 3, 5, 7])),
    B = ordsets:from_list(id([2, 3, 4, 7, 8])),
    p(ordsets:union(A, B)),
    p(ordsets:union(B, A)),
    p({ordsets:union(A, []), ordsets:union([], B), ordsets:union([], [])}),
    p(ordsets:union([A, B, ordsets:from_list(id([0, 9]))])),
    p({ordsets:union([]), ordsets:union([A])}),
    p(ordsets:union(id([1, 2]), id([1.0, 2.0]))),
    p(ordsets:union(id([2]), id([1.0, 2.0]))),
    p(ordsets:union(id([1.0, 3]), id([1, 2, 3.0]))),
    p(ordsets:union([id([1, 2.0]), id([1.0, 2]), id([3])])),
    p(s(fun() -> ordsets:union(id(x), A) end)),
    p(s(fun() -> ordsets:union(A, id(x)) end)),
    p(e(fun() -> ordsets:union(id(x)) end)).
