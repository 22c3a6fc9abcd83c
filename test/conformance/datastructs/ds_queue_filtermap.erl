#!/usr/bin/env escript
-module(ds_queue_filtermap).
-export([main/1]).
-mode(compile).
%% Exercises: queue:filtermap/2 results, bad results and arguments

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = queue:in(6, queue:in(5, queue:from_list(id([1, 2, 3, 4])))),
    p(queue:filtermap(fun(X) -> X rem 2 =:= 0 end, Q)),
    p(queue:filtermap(fun(X) when X > 2 -> {true, X * X}; (_) -> false end, Q)),
    p(queue:filtermap(fun(X) -> {true, {X}} end, Q)),
    p(queue:filtermap(fun(X) -> X > 4 end, Q)),
    p(queue:filtermap(fun(_) -> false end, Q)),
    p(queue:filtermap(fun(_) -> true end, queue:new())),
    _ = queue:filtermap(fun(X) -> io:format("visit ~p~n", [X]), false end, Q),
    p(e(fun() -> queue:filtermap(fun(X) -> [X] end, Q) end)),
    p(e(fun() -> queue:filtermap(fun(X) when X > 5 -> ok; (_) -> false end, Q) end)),
    p(e(fun() -> queue:filtermap(id(notfun), Q) end)),
    p(e(fun() -> queue:filtermap(fun(_) -> true end, id({[]})) end)).
