#!/usr/bin/env escript
-module(ds_ordsets_intersection).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets:intersection/2 and intersection/1, == elements and bad input

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = ordsets:from_list(id([1, 2, 3, 4, 5, 6])),
    B = ordsets:from_list(id([2, 4, 6, 8])),
    C = ordsets:from_list(id([3, 4, 5, 6, 7])),
    p({ordsets:intersection(A, B), ordsets:intersection(B, A), ordsets:intersection(A, [])}),
    p(ordsets:intersection([A, B, C])),
    p(ordsets:intersection([A, C])),
    p(ordsets:intersection([B])),
    p(ordsets:intersection(id([1, 2.0, 3]), id([1.0, 2, 4]))),
    p(ordsets:intersection(id([2.0, 3]), id([1, 2, 3.0]))),
    p(ordsets:intersection([id([1, 2.0]), id([1.0, 2]), id([1, 2])])),
    p(s(fun() -> ordsets:intersection(id([])) end)),
    p(s(fun() -> ordsets:intersection(id(x)) end)),
    p(s(fun() -> ordsets:intersection(id(x), A) end)),
    p(ordsets:intersection(id(x), [])),
    p(ordsets:intersection([], id(x))).
