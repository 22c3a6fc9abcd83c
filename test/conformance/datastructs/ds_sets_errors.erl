#!/usr/bin/env escript
-module(ds_sets_errors).
-export([main/1]).
-mode(compile).
%% Exercises: sets errors: non-sets, bad options, bad funs, intersection of no sets; is_set/1

id(X) -> X.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Bad = id(not_a_set),
    S = sets:from_list([a]),
    p(e(fun() -> sets:size(Bad) end)),
    p(e(fun() -> sets:is_empty(Bad) end)),
    p(e(fun() -> sets:to_list(Bad) end)),
    p(e(fun() -> sets:is_element(a, Bad) end)),
    p(e(fun() -> sets:add_element(a, Bad) end)),
    p(e(fun() -> sets:del_element(a, Bad) end)),
    p(e(fun() -> sets:union(S, Bad) end)),
    p(e(fun() -> sets:subtract(S, Bad) end)),
    p(e(fun() -> sets:fold(fun(X, A) -> [X | A] end, [], Bad) end)),
    p(e(fun() -> sets:filter(fun(_) -> true end, Bad) end)),
    p(e(fun() -> sets:new([{version, 3}]) end)),
    p(e(fun() -> sets:new(Bad) end)),
    p(e(fun() -> sets:from_list(Bad) end)),
    p(e(fun() -> sets:from_list([a], [{version, 0}]) end)),
    p(e(fun() -> sets:intersection([]) end)),
    p(e(fun() -> sets:fold(id(nofun), 0, S) end)),
    p(e(fun() -> sets:filter(id(nofun), sets:new([{version, 2}])) end)),
    p([sets:is_set(X) || X <- [S, sets:new([{version, 2}]), Bad, {set, a}, #{}, [], {set, 0, 16, 16, 8, 80, 48, {}, {}}]]).
