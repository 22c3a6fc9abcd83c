#!/usr/bin/env escript
-module(ds_ordsets_basic).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets:new/0, from_list/1, to_list/1, size/1, is_empty/1

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    S0 = ordsets:new(),
    p({S0, ordsets:size(S0), ordsets:is_empty(S0), ordsets:to_list(S0)}),
    S = ordsets:from_list(id([c, a, b, a, c])),
    p({S, ordsets:size(S), ordsets:is_empty(S), ordsets:to_list(S)}),
    p(ordsets:from_list(id([3, 1.0, 2, 1, 3.0, a, "x", {t}, [l], <<"b">>]))),
    p(ordsets:from_list(id([1.0, 1]))),
    p(ordsets:from_list(id([1, 1.0]))),
    p(ordsets:is_empty(id(x))),
    p(ordsets:to_list(id(x))),
    p(e(fun() -> ordsets:size(id(x)) end)),
    p(s(fun() -> ordsets:from_list(id(notalist)) end)).
