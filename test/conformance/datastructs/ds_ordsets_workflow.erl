#!/usr/bin/env escript
-module(ds_ordsets_workflow).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets as a graph neighbour set: building, merging and comparing sets

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Edges = id([{a, b}, {a, c}, {b, c}, {c, a}, {b, d}, {a, b}, {d, a}]),
    G = lists:foldl(fun({X, Y}, D) -> orddict:update(X, fun(S) -> ordsets:add_element(Y, S) end, [Y], D) end,
                    orddict:new(), Edges),
    p(G),
    All = ordsets:union([ordsets:add_element(K, V) || {K, V} <- G]),
    p(All),
    p(ordsets:intersection([V || {_, V} <- G])),
    p([{K, ordsets:subtract(All, [K | V])} || {K, V} <- G]),
    p([{K1, K2, ordsets:is_disjoint(V1, V2)} || {K1, V1} <- G, {K2, V2} <- G, K1 < K2]),
    p([{K, ordsets:size(V)} || {K, V} <- G]).
