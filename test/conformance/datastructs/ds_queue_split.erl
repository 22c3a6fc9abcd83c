#!/usr/bin/env escript
-module(ds_queue_split).
-export([main/1]).
-mode(compile).
%% Exercises: queue:split/2 at every position, the resulting pairs, and bad counts

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = queue:in(7, queue:in(6, queue:from_list(id([1, 2, 3, 4, 5])))),
    p(Q),
    [p({N, queue:split(N, Q)}) || N <- lists:seq(0, 7)],
    R = queue:in_r(0, queue:in_r(-1, queue:from_list(id([1, 2, 3])))),
    p(R),
    [p({N, queue:split(N, R)}) || N <- lists:seq(0, 5)],
    p(queue:split(0, queue:new())),
    [p({N, queue:split(N, id({[5, 4, 3, 2, 1], []}))}) || N <- [1, 2, 4]],
    p(s(fun() -> queue:split(8, Q) end)),
    p(s(fun() -> queue:split(-1, Q) end)),
    p(s(fun() -> queue:split(1, queue:new()) end)),
    p(s(fun() -> queue:split(id(a), Q) end)),
    p(s(fun() -> queue:split(id(1.0), Q) end)),
    p(s(fun() -> queue:split(0, id(x)) end)).
