#!/usr/bin/env escript
-module(ds_queue_filter).
-export([main/1]).
-mode(compile).
%% Exercises: queue:filter/2 with boolean and list results, call order, bad results and arguments

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = queue:in(6, queue:in(5, queue:from_list(id([1, 2, 3, 4])))),
    p(Q),
    p(queue:filter(fun(X) -> X rem 2 =:= 0 end, Q)),
    p(queue:filter(fun(X) -> X > 4 end, Q)),
    p(queue:filter(fun(X) -> X < 3 end, Q)),
    p(queue:filter(fun(_) -> false end, Q)),
    p(queue:filter(fun(X) -> [X, X * 10] end, Q)),
    p(queue:filter(fun(X) when X > 3 -> [{X}]; (_) -> [] end, Q)),
    p(queue:to_list(queue:filter(fun(X) when X rem 2 =:= 0 -> [a, X]; (_) -> true end, Q))),
    _ = queue:filter(fun(X) -> io:format("visit ~p~n", [X]), true end, Q),
    p(queue:filter(fun(_) -> true end, queue:new())),
    p(e(fun() -> queue:filter(fun(X) -> X end, Q) end)),
    p(e(fun() -> queue:filter(fun(X) -> X > 5 orelse maybe end, Q) end)),
    p(e(fun() -> queue:filter(id(notfun), Q) end)),
    p(e(fun() -> queue:filter(fun(X, _) -> X end, Q) end)),
    p(e(fun() -> queue:filter(fun(_) -> true end, id(x)) end)).
