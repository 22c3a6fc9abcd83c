#!/usr/bin/env escript
-module(ds_queue_badarg).
-export([main/1]).
-mode(compile).
%% Exercises: queue functions given a non-queue raise badarg with their arguments

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Bad = id([x, {a, []}, {[], b}, {[], [], []}, [1, 2]]),
    One = [is_empty, len, to_list, out, out_r, get, get_r, peek, peek_r, drop, drop_r, reverse,
           head, tail, last, daeh, init, liat],
    [p({F, [s(fun() -> queue:F(B) end) || B <- Bad]}) || F <- One],
    p(s(fun() -> queue:from_list(id(notalist)) end)),
    p(s(fun() -> queue:from_list(id({[], []})) end)),
    p(s(fun() -> queue:in(1, id(x)) end)),
    p(s(fun() -> queue:in_r(1, id(x)) end)),
    p(s(fun() -> queue:member(1, id(x)) end)),
    p(s(fun() -> queue:cons(1, id({x, []})) end)),
    p(s(fun() -> queue:snoc(id({[], x}), 1) end)),
    p(s(fun() -> queue:delete(1, id(x)) end)),
    p(s(fun() -> queue:delete_r(1, id(x)) end)),
    p([queue:is_queue(B) || B <- Bad]).
