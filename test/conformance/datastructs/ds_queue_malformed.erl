#!/usr/bin/env escript
-module(ds_queue_malformed).
-export([main/1]).
-mode(compile).
%% Exercises: queue functions on pairs whose front is empty or whose rear is empty (built by hand)

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Rs = id([{[3, 2, 1], []}, {[], [1, 2, 3]}, {[1], []}, {[], [1]}, {[2, 1], []}, {[], [1, 2]}]),
    [p({Q, queue:peek(Q), queue:peek_r(Q), queue:get(Q), queue:get_r(Q)}) || Q <- Rs],
    [p({Q, queue:out(Q), queue:out_r(Q)}) || Q <- Rs],
    [p({Q, queue:drop(Q), queue:drop_r(Q)}) || Q <- Rs],
    [p({Q, queue:in(x, Q), queue:in_r(x, Q)}) || Q <- Rs],
    [p({Q, queue:len(Q), queue:to_list(Q), queue:reverse(Q)}) || Q <- Rs].
