#!/usr/bin/env escript
-module(ds_gbtrees_term_order).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees keyed by mixed term types (numbers, atoms, refs-free tuples, lists, binaries), term order and == keys

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Keys = [<<"bin">>, "list", {t, 1}, atom, 3, 2.5, -1, [], {}, {a}, 1.0e10, 100000000000000000000, <<>>, [a | b]],
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, ok, Acc) end, gb_trees:empty(), Keys),
    p(gb_trees:keys(T)),
    p(gb_trees:size(T)),
    p([gb_trees:is_defined(K, T) || K <- [2.5, 3.0, -1.0, "list", <<"bin">>, {t, 1.0}, b]]),
    p(gb_trees:lookup(3.0, T)),
    p(gb_trees:keys(gb_trees:delete(3.0, T))),
    F = gb_trees:insert(1, int, gb_trees:empty()),
    p(gb_trees:enter(1.0, float, F)),
    p(gb_trees:lookup(1.0, F)),
    p(gb_trees:take_any(1.0, F)),
    p(gb_trees:iterator_from(2.6, T) =:= gb_trees:iterator_from(3, T)),
    p(gb_trees:keys(gb_trees:from_orddict(orddict:from_list([{K, 0} || K <- Keys])))).
