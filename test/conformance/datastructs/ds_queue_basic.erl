#!/usr/bin/env escript
-module(ds_queue_basic).
-export([main/1]).
-mode(compile).
%% Exercises: queue:new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1 and the printed form

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q0 = queue:new(),
    p(Q0),
    p([queue:is_queue(Q0), queue:is_empty(Q0), queue:len(Q0), queue:to_list(Q0)]),
    [p(queue:from_list(lists:seq(1, N))) || N <- lists:seq(0, 7)],
    Q5 = queue:from_list(id([a, b, c, d, e])),
    p([queue:is_queue(Q5), queue:is_empty(Q5), queue:len(Q5), queue:to_list(Q5)]),
    p([queue:is_queue(X) || X <- id([{[], []}, {[1], [2]}, {a, []}, {[], b}, [], {[], [], []}, x])]),
    io:format("~w~n", [queue:from_list(id("hello"))]),
    p(queue:to_list(queue:from_list(id([{x, 1}, [y], <<"z">>])))).
