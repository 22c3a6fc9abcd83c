#!/usr/bin/env escript
-module(ds_queue_delete_with).
-export([main/1]).
-mode(compile).
%% Exercises: queue:delete_with/2 and delete_with_r/2, predicate call order and errors

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = queue:in(5, queue:in(4, queue:from_list(id([1, 2, 3, 4])))),
    Even = fun(X) -> X rem 2 =:= 0 end,
    p(queue:delete_with(Even, Q)),
    p(queue:delete_with_r(Even, Q)),
    p(queue:delete_with(fun(X) -> X > 4 end, Q)),
    p(queue:delete_with_r(fun(X) -> X < 2 end, Q)),
    p(queue:delete_with(fun(_) -> false end, Q)),
    p(queue:delete_with(fun(_) -> true end, queue:from_list([only]))),
    p(queue:delete_with(fun(_) -> true end, queue:new())),
    _ = queue:delete_with(fun(X) -> io:format("fwd ~p~n", [X]), X =:= 5 end, Q),
    _ = queue:delete_with_r(fun(X) -> io:format("rev ~p~n", [X]), X =:= 1 end, Q),
    p(e(fun() -> queue:delete_with(fun(X) -> X end, Q) end)),
    p(e(fun() -> queue:delete_with_r(fun(X) -> X end, Q) end)),
    p(e(fun() -> queue:delete_with(id(f), Q) end)),
    p(e(fun() -> queue:delete_with_r(Even, id(q)) end)).
