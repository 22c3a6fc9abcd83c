#!/usr/bin/env escript
-module(dg_utils_reach).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: digraph_utils:reachable/2, reachable_neighbours/2, reaching/2, reaching_neighbours/2: search order from the given vertices.

id(X) -> X.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d, e, f, g]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {a, c}, {b, d}, {c, d}, {d, e}, {f, g}, {e, b}]],
    p(digraph_utils:reachable([a], G)),
    p(digraph_utils:reachable([d], G)),
    p(digraph_utils:reachable([f, a], G)),
    p(digraph_utils:reachable_neighbours([a], G)),
    p(digraph_utils:reachable_neighbours([d], G)),
    p(digraph_utils:reaching([d], G)),
    p(digraph_utils:reaching([g, e], G)),
    p(digraph_utils:reaching_neighbours([b], G)),
    p(digraph_utils:reaching_neighbours([a], G)),
    p(digraph_utils:reachable([], G)).
