#!/usr/bin/env escript
-module(ds_orddict_from_list).
-export([main/1]).
-mode(compile).
%% Exercises: orddict:from_list/1 with duplicate keys (the last wins), numeric keys and bad input

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    p(orddict:from_list(id([{a, 1}, {b, 2}, {a, 3}, {c, 4}, {b, 5}]))),
    p(orddict:from_list(id([{1, int}, {1.0, float}]))),
    p(orddict:from_list(id([{1.0, float}, {1, int}, {0.5, half}]))),
    p(orddict:from_list(id([{k, v}]))),
    p(orddict:from_list(id([]))),
    p(orddict:from_list(id([{z, 1}, {y, 2}, {x, 3}, {w, 4}, {z, 5}, {y, 6}]))),
    p(s(fun() -> orddict:from_list(id([x])) end)),
    p(s(fun() -> orddict:from_list(id([{a, 1}, {b, 2, 3}])) end)),
    p(s(fun() -> orddict:from_list(id(notalist)) end)),
    p(s(fun() -> orddict:from_list(id([{a, 1} | b])) end)),
    p(e(fun() -> orddict:from_list(id([{a}])) end)).
