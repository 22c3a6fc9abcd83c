#!/usr/bin/env escript
-module(ds_gbtrees_basic).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees empty/is_empty/size/insert/lookup/get/is_defined/to_list/keys/values, printed trees

p(X) -> io:format("~p~n", [X]).

main(_) ->
    E = gb_trees:empty(),
    p(E),
    p({gb_trees:is_empty(E), gb_trees:size(E), gb_trees:to_list(E)}),
    T1 = gb_trees:insert(m, 1, E),
    p(T1),
    T2 = gb_trees:insert(c, 2, T1),
    T3 = gb_trees:insert(x, 3, T2),
    T4 = gb_trees:insert(a, 4, T3),
    p(T4),
    p({gb_trees:is_empty(T4), gb_trees:size(T4)}),
    p([gb_trees:lookup(K, T4) || K <- [a, c, m, x, b, z]]),
    p([gb_trees:is_defined(K, T4) || K <- [a, c, m, x, b, z]]),
    p([gb_trees:get(K, T4) || K <- [a, c, m, x]]),
    p(gb_trees:to_list(T4)),
    p(gb_trees:keys(T4)),
    p(gb_trees:values(T4)),
    T5 = lists:foldl(fun(K, T) -> gb_trees:insert(K, {v, K}, T) end, T4, [b, d, e, f, g]),
    p(T5),
    p(gb_trees:size(T5)),
    p(gb_trees:to_list(T5)),
    p({gb_trees:smallest(T5), gb_trees:largest(T5)}),
    p(gb_trees:is_empty({0, nil})),
    p(gb_trees:is_empty(not_a_tree)).
