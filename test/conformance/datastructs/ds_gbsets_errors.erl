#!/usr/bin/env escript
-module(ds_gbsets_errors).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets errors: inserting a member, deleting a non-member, empty sets, non-sets, is_set/1

id(X) -> X.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    S = gb_sets:from_list([a, b, c]),
    Bad = id(not_a_set),
    p(e(fun() -> gb_sets:insert(b, S) end)),
    p(e(fun() -> gb_sets:delete(z, S) end)),
    p(e(fun() -> gb_sets:take_smallest(gb_sets:empty()) end)),
    p(e(fun() -> gb_sets:size(Bad) end)),
    p(e(fun() -> gb_sets:is_member(a, Bad) end)),
    p(e(fun() -> gb_sets:add(a, Bad) end)),
    p(e(fun() -> gb_sets:insert(a, {x, nil}) end)),
    p(e(fun() -> gb_sets:union(S, Bad) end)),
    p(e(fun() -> gb_sets:to_list(Bad) end)),
    p(e(fun() -> gb_sets:from_list(Bad) end)),
    p(e(fun() -> gb_sets:from_ordset(Bad) end)),
    p(e(fun() -> gb_sets:filter(id(nofun), S) end)),
    p(e(fun() -> gb_sets:fold(id(nofun), 0, S) end)),
    p(e(fun() -> gb_sets:next(Bad) end)),
    p(e(fun() -> gb_sets:iterator(Bad) end)),
    p(e(fun() -> gb_sets:balance({7, element(2, S)}) end)),
    p([gb_sets:is_set(X) || X <- [S, gb_sets:new(), Bad, {0, nil}, {1, {a, nil, nil}}, {-1, {a, nil, nil}}, {1, nil}, {x, {a, b, c}}]]),
    p(gb_sets:is_empty(Bad)),
    p(gb_sets:size({7, anything})).
