#!/usr/bin/env escript
-module(ds_queue_drop).
-export([main/1]).
-mode(compile).
%% Exercises: queue:drop/1 and drop_r/1: results, rebalancing and the empty error

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = queue:from_list(id([1, 2, 3, 4, 5, 6, 7])),
    Loop = fun Loop(Fun, Qx) ->
               case queue:is_empty(Qx) of
                   true -> p(e(fun() -> queue:Fun(Qx) end));
                   false -> Q2 = queue:Fun(Qx), p(Q2), Loop(Fun, Q2)
               end
           end,
    Loop(drop, Q),
    Loop(drop_r, Q),
    p(queue:drop(id({[4, 3, 2, 1], []}))),
    p(queue:drop_r(id({[], [1, 2, 3, 4]}))),
    p(s(fun() -> queue:drop(id({[], []})) end)),
    p(s(fun() -> queue:drop_r(id({[], []})) end)).
