#!/usr/bin/env escript
-module(ds_queue_join).
-export([main/1]).
-mode(compile).
%% Exercises: queue:join/2 with empty and non-empty queues and bad arguments

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = queue:from_list(id([1, 2, 3])),
    B = queue:in(6, queue:from_list(id([4, 5]))),
    E = queue:new(),
    p(queue:join(A, B)),
    p(queue:to_list(queue:join(A, B))),
    p(queue:join(A, E)),
    p(queue:join(E, B)),
    p(queue:join(E, E)),
    p(queue:join(queue:from_list([x]), queue:from_list([y]))),
    p(queue:to_list(queue:join(queue:join(A, B), queue:reverse(A)))),
    p(s(fun() -> queue:join(A, id(bad)) end)),
    p(s(fun() -> queue:join(id({[], x}), E) end)),
    p(s(fun() -> queue:join(E, id([])) end)).
