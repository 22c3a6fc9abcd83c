#!/usr/bin/env escript
-module(ds_queue_delete).
-export([main/1]).
-mode(compile).
%% Exercises: queue:delete/2 and delete_r/2: first and last occurrence, rebalancing, exact matching

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = queue:in(2, queue:in(1, queue:from_list(id([1, 2, 3, 2])))),
    p({Q, queue:to_list(Q)}),
    [p({X, queue:delete(X, Q)}) || X <- [1, 2, 3, 4, 2.0]],
    [p({X, queue:delete_r(X, Q)}) || X <- [1, 2, 3, 4]],
    p(queue:delete(a, queue:from_list([a]))),
    p(queue:delete(a, queue:new())),
    p(queue:delete(1, id({[3, 2], [1]}))),
    p(queue:delete(3, id({[3], [1, 2]}))),
    p(queue:delete_r(1, id({[3], [1]}))),
    p(queue:delete_r(3, id({[3], [1, 2]}))),
    p(queue:to_list(queue:delete_r(b, queue:from_list(id([a, b, c, b, a]))))).
