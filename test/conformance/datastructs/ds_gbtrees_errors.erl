#!/usr/bin/env escript
-module(ds_gbtrees_errors).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees errors: missing keys, existing keys, empty trees, non-trees

id(X) -> X.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = gb_trees:from_orddict([{a, 1}, {b, 2}, {c, 3}]),
    E = gb_trees:empty(),
    p(e(fun() -> gb_trees:get(z, T) end)),
    p(e(fun() -> gb_trees:get(a, E) end)),
    p(e(fun() -> gb_trees:update(z, 0, T) end)),
    p(e(fun() -> gb_trees:insert(b, 0, T) end)),
    p(e(fun() -> gb_trees:delete(z, T) end)),
    p(e(fun() -> gb_trees:take(z, T) end)),
    p(e(fun() -> gb_trees:take_smallest(E) end)),
    p(e(fun() -> gb_trees:take_largest(E) end)),
    Bad = id(not_a_tree),
    p(e(fun() -> gb_trees:size(Bad) end)),
    p(e(fun() -> gb_trees:size({-1, nil}) end)),
    p(e(fun() -> gb_trees:lookup(a, Bad) end)),
    p(e(fun() -> gb_trees:insert(a, 1, Bad) end)),
    p(e(fun() -> gb_trees:insert(a, 1, {x, nil}) end)),
    p(e(fun() -> gb_trees:delete(a, {x, nil}) end)),
    p(e(fun() -> gb_trees:to_list(Bad) end)),
    p(e(fun() -> gb_trees:iterator(Bad) end)),
    p(e(fun() -> gb_trees:next(Bad) end)),
    p(e(fun() -> gb_trees:map(id(not_a_fun), T) end)),
    p(e(fun() -> gb_trees:from_orddict(Bad) end)),
    p(e(fun() -> gb_trees:from_orddict([a, b]) end)),
    p(e(fun() -> gb_trees:balance({5, element(2, T)}) end)),
    p(e(fun() -> gb_trees:enter(a, 1, Bad) end)),
    p(e(fun() -> gb_trees:take_any(z, T) end)),
    p(e(fun() -> gb_trees:delete_any(z, T) end)),
    p(e(fun() -> gb_trees:is_defined(a, Bad) end)),
    p(e(fun() -> gb_trees:smallest(Bad) end)).
