#!/usr/bin/env escript
-module(ds_orddict_update).
-export([main/1]).
-mode(compile).
%% Exercises: orddict:update/3, update/4 and update_counter/3, with missing keys and bad values

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = orddict:from_list(id([{a, 1}, {c, 3}])),
    Inc = fun(V) -> V + 100 end,
    p(orddict:update(a, Inc, D)),
    p(orddict:update(c, Inc, D)),
    p(e(fun() -> orddict:update(b, Inc, D) end)),
    p(s(fun() -> orddict:update(b, fun erlang:abs/1, D) end)),
    p(e(fun() -> orddict:update(z, Inc, D) end)),
    p(s(fun() -> orddict:update(a, fun erlang:abs/1, orddict:new()) end)),
    p([orddict:update(K, Inc, 0, D) || K <- [a, b, c, d]]),
    p(orddict:update(k, Inc, init, orddict:new())),
    p([orddict:update_counter(K, 5, D) || K <- [a, b, c, d]]),
    p(orddict:update_counter(a, -1.5, D)),
    p(orddict:update_counter(1.0, 1, orddict:from_list(id([{1, 10}])))),
    p(orddict:update(1.0, Inc, orddict:from_list(id([{1, 10}])))),
    p(e(fun() -> orddict:update_counter(a, x, D) end)),
    p(e(fun() -> orddict:update(a, id(notfun), D) end)),
    p(e(fun() -> orddict:update(a, fun erlang:max/2, 0, D) end)),
    p(orddict:update(b, id(notfun), 0, D)).
