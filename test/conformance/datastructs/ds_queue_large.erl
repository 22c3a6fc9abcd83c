#!/usr/bin/env escript
-module(ds_queue_large).
-export([main/1]).
-mode(compile).
%% Exercises: queue with thousands of elements: in/out at both ends, len, fold, split, join

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = lists:foldl(fun queue:in/2, queue:new(), lists:seq(1, 5000)),
    p({queue:len(Q), queue:peek(Q), queue:peek_r(Q)}),
    Q2 = lists:foldl(fun(_, A) -> queue:drop(A) end, Q, lists:seq(1, 2500)),
    p({queue:len(Q2), queue:get(Q2), queue:get_r(Q2)}),
    Q3 = lists:foldl(fun(X, A) -> queue:in_r(-X, A) end, Q2, lists:seq(1, 100)),
    p({queue:len(Q3), queue:get(Q3)}),
    p(queue:fold(fun(X, A) -> X + A end, 0, Q3)),
    {A1, B1} = queue:split(1234, Q3),
    p({queue:len(A1), queue:len(B1), queue:get(B1), queue:get_r(A1)}),
    p(queue:to_list(queue:join(A1, B1)) =:= queue:to_list(Q3)),
    Pop = fun Pop(Qx, N) -> case queue:out_r(Qx) of {empty, _} -> N; {{value, _}, Qy} -> Pop(Qy, N + 1) end end,
    p(Pop(Q3, 0)),
    p(queue:len(queue:filter(fun(X) -> X rem 7 =:= 0 end, Q3))),
    p(lists:sublist(queue:to_list(queue:reverse(Q3)), 5)).
