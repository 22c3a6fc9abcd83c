#!/usr/bin/env escript
-module(ds_queue_ops_sequence).
-export([main/1]).
-mode(compile).
%% Exercises: a long deterministic sequence of queue operations at both ends, printing the pair each step

id(X) -> X.

main(_) ->
    Ops = id([{in, 1}, {in, 2}, out, {in_r, 0}, {in, 3}, out_r, {in, 4}, {in, 5}, drop, {in_r, -1},
              drop_r, out, out, {in, 6}, out_r, out, out, out, {in_r, 7}, {in, 8}, drop, drop]),
    Step = fun({in, X}, Q) -> queue:in(X, Q);
              ({in_r, X}, Q) -> queue:in_r(X, Q);
              (out, Q) -> element(2, queue:out(Q));
              (out_r, Q) -> element(2, queue:out_r(Q));
              (drop, Q) -> queue:drop(Q);
              (drop_r, Q) -> queue:drop_r(Q)
           end,
    lists:foldl(fun(Op, Q) -> Q2 = Step(Op, Q), io:format("~p -> ~p ~p~n", [Op, Q2, queue:to_list(Q2)]), Q2 end,
                queue:new(), Ops).
