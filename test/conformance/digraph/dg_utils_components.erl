#!/usr/bin/env escript
-module(dg_utils_components).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: components/1, strong_components/1, cyclic_strong_components/1 (printed sorted), is_tree/1, is_arborescence/1, arborescence_root/1.

id(X) -> X.

p(X) -> io:format("~p~n", [X]).

norm(Cs) -> lists:sort([lists:sort(C) || C <- Cs]).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d, e, f, g]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {b, c}, {c, a}, {c, d}, {d, e}, {e, d}, {f, f}]],
    p(norm(digraph_utils:components(G))),
    p(norm(digraph_utils:strong_components(G))),
    p(norm(digraph_utils:cyclic_strong_components(G))),
    p({digraph_utils:is_tree(G), digraph_utils:is_arborescence(G), digraph_utils:arborescence_root(G)}),
    T = digraph:new(),
    [digraph:add_vertex(T, V) || V <- [r, x, y, z]],
    [digraph:add_edge(T, X, Y) || {X, Y} <- [{r, x}, {r, y}, {y, z}]],
    p({digraph_utils:is_tree(T), digraph_utils:is_arborescence(T), digraph_utils:arborescence_root(T)}),
    digraph:add_edge(T, z, x),
    p({digraph_utils:is_tree(T), digraph_utils:is_arborescence(T)}),
    U = digraph:new(),
    [digraph:add_vertex(U, V) || V <- [m, n, o]],
    [digraph:add_edge(U, X, Y) || {X, Y} <- [{m, n}, {o, n}]],
    p({digraph_utils:is_tree(U), digraph_utils:is_arborescence(U), digraph_utils:arborescence_root(U)}).
