#!/usr/bin/env escript
-module(ds_queue_fold_any_all).
-export([main/1]).
-mode(compile).
%% Exercises: queue:fold/3, any/2 and all/2 with order of calls and errors

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = queue:in(5, queue:in(4, queue:from_list(id([1, 2, 3])))),
    p(queue:fold(fun(X, Acc) -> [X | Acc] end, [], Q)),
    p(queue:fold(fun(X, Acc) -> X + Acc end, 0, Q)),
    p(queue:fold(fun(X, Acc) -> [X | Acc] end, start, queue:new())),
    p([queue:any(fun(X) -> X > N end, Q) || N <- [0, 4, 5]]),
    p([queue:all(fun(X) -> X > N end, Q) || N <- [0, 4, 5]]),
    p({queue:any(fun(_) -> true end, queue:new()), queue:all(fun(_) -> false end, queue:new())}),
    _ = queue:any(fun(X) -> io:format("any ~p~n", [X]), X =:= 4 end, Q),
    _ = queue:all(fun(X) -> io:format("all ~p~n", [X]), X < 2 end, Q),
    p(e(fun() -> queue:fold(id(f), 0, Q) end)),
    p(e(fun() -> queue:fold(fun(X) -> X end, 0, Q) end)),
    p(s(fun() -> queue:fold(id(f), 0, id(x)) end)),
    p(e(fun() -> queue:any(fun(X) -> X end, Q) end)),
    p(e(fun() -> queue:all(fun(X) -> X end, Q) end)),
    p(e(fun() -> queue:any(id(f), Q) end)),
    p(e(fun() -> queue:all(fun(_) -> true end, id([])) end)),
    p(e(fun() -> queue:fold(fun(X, A) -> X + A end, 0, queue:from_list([1, a])) end)).
