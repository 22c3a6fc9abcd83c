#!/usr/bin/env escript
-module(ds_queue_in_out).
-export([main/1]).
-mode(compile).
%% Exercises: queue:in/2 and queue:out/1, the queue pair after each step

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q1 = lists:foldl(fun(X, Q) -> Q2 = queue:in(X, Q), p(Q2), Q2 end, queue:new(), id([1, 2, 3, 4, 5, 6])),
    Drain = fun Drain(Q) ->
                case queue:out(Q) of
                    {empty, Q} -> p({empty, Q});
                    {{value, V}, Q2} -> p({V, Q2}), Drain(Q2)
                end
            end,
    Drain(Q1),
    Q3 = queue:in(c, queue:in(b, queue:in(a, queue:new()))),
    {{value, a}, Q4} = queue:out(Q3),
    p(Q4),
    p(queue:out(queue:in(d, Q4))),
    p(queue:out(id({[5, 4, 3, 2, 1], []}))).
