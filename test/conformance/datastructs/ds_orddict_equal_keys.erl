#!/usr/bin/env escript
-module(ds_orddict_equal_keys).
-export([main/1]).
-mode(compile).
%% Exercises: orddict keys that are == but not =:= (1 and 1.0): which key is kept

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = orddict:from_list(id([{1, a}, {2.0, b}, {3, c}])),
    p(orddict:store(1.0, x, D)),
    p(orddict:store(2, x, D)),
    p(orddict:is_key(3.0, D)),
    p(orddict:find(2, D)),
    p(orddict:append(3.0, y, orddict:from_list(id([{3, []}])))),
    p(orddict:append_list(3.0, [y], orddict:from_list(id([{3, [x]}])))),
    p(orddict:update(2, fun(V) -> {V} end, D)),
    p(orddict:update(2, fun(V) -> {V} end, none, D)),
    p(orddict:update_counter(3.0, 1, orddict:from_list(id([{3, 1}])))),
    p(orddict:from_list(id([{2, int}, {1, one}, {2.0, float}]))),
    p(orddict:from_list(id([{2.0, float}, {1, one}, {2, int}]))),
    p(orddict:erase(1.0, D)),
    p(orddict:take(3.0, D)),
    p(orddict:merge(fun(K, X, Y) -> {K, X, Y} end, orddict:from_list(id([{1.0, f}, {2, t}])), D)).
