#!/usr/bin/env escript
-module(ds_orddict_merge).
-export([main/1]).
-mode(compile).
%% Exercises: orddict:merge/3: disjoint and overlapping keys, ==-equal keys, bad funs

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = orddict:from_list(id([{a, 1}, {c, 3}, {e, 5}])),
    B = orddict:from_list(id([{b, 20}, {c, 30}, {e, 50}, {f, 60}])),
    p(orddict:merge(fun(_, X, Y) -> X + Y end, A, B)),
    p(orddict:merge(fun(K, X, Y) -> {K, X, Y} end, B, A)),
    p(orddict:merge(fun(_, X, _) -> X end, A, [])),
    p(orddict:merge(fun(_, X, _) -> X end, [], B)),
    p(orddict:merge(fun(_, X, _) -> X end, [], [])),
    p(orddict:merge(fun(K, X, Y) -> {K, X, Y} end, orddict:from_list(id([{1, i}])), orddict:from_list(id([{1.0, f}])))),
    _ = orddict:merge(fun(K, X, Y) -> io:format("clash ~p~n", [K]), X + Y end, A, B),
    p(e(fun() -> orddict:merge(id(f), A, []) end)),
    p(e(fun() -> orddict:merge(id(f), A, B) end)),
    p(e(fun() -> orddict:merge(fun(X, Y) -> {X, Y} end, [], B) end)),
    p(e(fun() -> orddict:merge(fun(_, X, _) -> X end, id(x), B) end)),
    p(e(fun() -> orddict:merge(fun(_, X, _) -> X end, A, id(y)) end)).
