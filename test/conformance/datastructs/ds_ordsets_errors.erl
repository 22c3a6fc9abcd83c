#!/usr/bin/env escript
-module(ds_ordsets_errors).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets functions given non-lists: function_clause frames and other errors

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    [p({F, s(fun() -> ordsets:F(1, id(bad)) end)}) || F <- [is_element, add_element, del_element]],
    [p({F, s(fun() -> ordsets:F(id(bad), [1]) end)}) || F <- [union, intersection, subtract, is_subset, is_disjoint]],
    [p({F, s(fun() -> ordsets:F([1], id(bad)) end)}) || F <- [union, intersection, subtract, is_subset, is_disjoint]],
    p(e(fun() -> ordsets:union(id([[1], bad])) end)),
    p(e(fun() -> ordsets:intersection(id([[1], bad])) end)),
    p(e(fun() -> ordsets:filter(fun(_) -> true end, id(bad)) end)),
    p(e(fun() -> ordsets:size(id({1, 2})) end)).
