#!/usr/bin/env escript
-module(ds_queue_okasaki_errors).
-export([main/1]).
-mode(compile).
%% Exercises: queue Okasaki API on empty queues and non-queues

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    E = queue:new(),
    [p({F, s(fun() -> queue:F(E) end)}) || F <- [head, tail, daeh, last, liat, init]],
    p(s(fun() -> apply(queue, id(lait), [E]) end)),
    [p({F, s(fun() -> queue:F(id(nq)) end)}) || F <- [head, tail, daeh, last, liat, init]],
    p(s(fun() -> queue:cons(1, id(nq)) end)),
    p(s(fun() -> queue:snoc(id(nq), 1) end)).
