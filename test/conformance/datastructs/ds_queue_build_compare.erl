#!/usr/bin/env escript
-module(ds_queue_build_compare).
-export([main/1]).
-mode(compile).
%% Exercises: queues built in different ways: same elements, different pairs, equality

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = queue:from_list(id([1, 2, 3, 4])),
    B = lists:foldl(fun queue:in/2, queue:new(), id([1, 2, 3, 4])),
    C = lists:foldr(fun queue:in_r/2, queue:new(), id([1, 2, 3, 4])),
    D = queue:join(queue:from_list(id([1, 2])), queue:from_list(id([3, 4]))),
    p([A, B, C, D]),
    p([queue:to_list(X) || X <- [A, B, C, D]]),
    p({A =:= B, A =:= C, A =:= D, queue:to_list(A) =:= queue:to_list(B)}),
    p(queue:reverse(A)),
    p(queue:from_list(queue:to_list(queue:reverse(B)))),
    p([queue:len(X) || X <- [A, B, C, D]]).
