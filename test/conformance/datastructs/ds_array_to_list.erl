#!/usr/bin/env escript
-module(ds_array_to_list).
-export([main/1]).
-mode(compile).
%% Exercises: array to_list/1, sparse_to_list/1, to_orddict/1, sparse_to_orddict/1 on sparse, dense and empty arrays

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    A = array:set(23, w, array:set(2, b, array:new({default, 0}))),
    p(array:to_list(A)),
    p(array:sparse_to_list(A)),
    p(array:to_orddict(A)),
    p(array:sparse_to_orddict(A)),
    E = array:new(),
    p({array:to_list(E), array:sparse_to_list(E), array:to_orddict(E), array:sparse_to_orddict(E)}),
    U = array:new(12),
    p({array:to_list(U), array:sparse_to_list(U)}),
    p(array:to_orddict(array:new(3, {default, d}))),
    D = array:from_list([x, undefined, y, undefined]),
    p({array:sparse_to_list(D), array:sparse_to_orddict(D)}),
    Far = array:set(1234, far, array:new()),
    p(length(array:to_list(Far))),
    p(array:sparse_to_orddict(Far)),
    p(lists:last(array:to_orddict(Far))),
    p(e(fun() -> array:to_list(x) end)),
    p(e(fun() -> array:sparse_to_list(x) end)),
    p(e(fun() -> array:to_orddict(x) end)),
    p(e(fun() -> array:sparse_to_orddict(x) end)).
