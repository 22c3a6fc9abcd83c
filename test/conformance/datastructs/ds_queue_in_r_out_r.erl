#!/usr/bin/env escript
-module(ds_queue_in_r_out_r).
-export([main/1]).
-mode(compile).
%% Exercises: queue:in_r/2 and queue:out_r/1 and mixing both ends

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q1 = lists:foldl(fun(X, Q) -> Q2 = queue:in_r(X, Q), p(Q2), Q2 end, queue:new(), id([1, 2, 3, 4, 5])),
    Drain = fun Drain(Q) ->
                case queue:out_r(Q) of
                    {empty, _} = E -> p(E);
                    {{value, V}, Q2} -> p({V, Q2}), Drain(Q2)
                end
            end,
    Drain(Q1),
    Mixed = queue:in_r(0, queue:in(2, queue:in_r(1, queue:in(3, queue:new())))),
    p(Mixed),
    p(queue:to_list(Mixed)),
    p(queue:out_r(Mixed)),
    p(queue:out(Mixed)),
    p(queue:out_r(id({[], [1, 2, 3, 4, 5]}))).
