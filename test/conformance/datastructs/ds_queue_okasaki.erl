#!/usr/bin/env escript
-module(ds_queue_okasaki).
-export([main/1]).
-mode(compile).
%% Exercises: queue Okasaki API: cons, head, tail, snoc, daeh, last, liat, init, lait

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Q = queue:snoc(queue:snoc(queue:cons(0, queue:new()), 1), 2),
    p(Q),
    p(queue:to_list(Q)),
    p({queue:head(Q), queue:daeh(Q), queue:last(Q)}),
    p(queue:tail(Q)),
    p(queue:liat(Q)),
    p(queue:init(Q)),
    p(apply(queue, id(lait), [Q])),
    Q2 = queue:cons(a, queue:cons(b, queue:cons(c, queue:new()))),
    p(Q2),
    p({queue:head(Q2), queue:last(Q2)}),
    p(queue:to_list(queue:tail(queue:tail(Q2)))),
    p(queue:head(id({[3, 2, 1], []}))),
    p(queue:last(id({[], [1, 2, 3]}))),
    p(queue:snoc(queue:new(), x)),
    p(queue:cons(x, queue:new())).
