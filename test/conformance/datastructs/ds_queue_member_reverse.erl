#!/usr/bin/env escript
-module(ds_queue_member_reverse).
-export([main/1]).
-mode(compile).
%% Exercises: queue:member/2 and reverse/1

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = queue:in(4, queue:from_list(id([1, 2, 3]))),
    p([queue:member(X, Q) || X <- [0, 1, 2, 3, 4, 5, 1.0]]),
    p(queue:member(a, queue:new())),
    R = queue:reverse(Q),
    p(R),
    p(queue:to_list(R)),
    p(queue:reverse(queue:new())),
    p(queue:to_list(queue:reverse(queue:reverse(Q)))),
    p(queue:out(R)),
    p(queue:member([a], queue:from_list(id([[a], {b}])))).
