#!/usr/bin/env escript
-module(ds_ordsets_is_set).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets:is_set/1 on sorted, unsorted, duplicate and non-list inputs

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Cases = id([[], [a], [1, 2, 3], [3, 2, 1], [1, 1], [1, 1.0], [1.0, 2], [a, b, b], [1, a, "s", {t}],
                x, {[]}, <<>>, "abc", "aab", [[], [a], [a, b]]]),
    [p({C, ordsets:is_set(C)}) || C <- Cases],
    p(s(fun() -> ordsets:is_set(id([1 | 2])) end)),
    p(s(fun() -> ordsets:is_set(id([2, 1 | 2])) end)).
