#!/usr/bin/env escript
-module(ds_orddict_basic).
-export([main/1]).
-mode(compile).
%% Exercises: orddict:new/0, from_list/1, to_list/1, size/1, is_empty/1, is_key/2, fetch_keys/1

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    D0 = orddict:new(),
    p({D0, orddict:size(D0), orddict:is_empty(D0), orddict:to_list(D0), orddict:fetch_keys(D0)}),
    D = orddict:from_list(id([{c, 3}, {a, 1}, {b, 2}])),
    p(D),
    p({orddict:size(D), orddict:is_empty(D), orddict:fetch_keys(D)}),
    p([orddict:is_key(K, D) || K <- [a, b, c, d, 0, "a"]]),
    p(orddict:is_key(a, D0)),
    p(orddict:to_list(id(anything))),
    p(orddict:from_list(id([{1, one}, {"two", 2}, {{3}, three}, {1.5, x}, {atom, y}]))).
