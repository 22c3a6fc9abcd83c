#!/usr/bin/env escript
-module(ds_queue_get_peek).
-export([main/1]).
-mode(compile).
%% Exercises: queue:get/1, get_r/1, peek/1, peek_r/1 on empty, one-element and longer queues

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Qs = [queue:new(), queue:from_list(id([x])), queue:from_list(id([1, 2, 3])),
          queue:in_r(z, queue:new()), queue:in(9, queue:from_list(id([7, 8])))],
    [p({queue:peek(Q), queue:peek_r(Q)}) || Q <- Qs],
    [p({e(fun() -> queue:get(Q) end), e(fun() -> queue:get_r(Q) end)}) || Q <- Qs],
    p(s(fun() -> queue:get(id({[], []})) end)),
    p(s(fun() -> queue:get_r(id({[], []})) end)).
