#!/usr/bin/env escript
-module(dg_del_edge).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: del_edge/2, del_edges/2: the edge and its neighbour entries go; missing edges are fine.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c]],
    E1 = digraph:add_edge(G, a, b),
    E2 = digraph:add_edge(G, a, c),
    E3 = digraph:add_edge(G, b, c),
    E4 = digraph:add_edge(G, a, b),
    p(digraph:del_edge(G, E1)),
    p(digraph:out_neighbours(G, a)),
    p(digraph:out_edges(G, a)),
    p(digraph:in_edges(G, b)),
    p(digraph:edge(G, E1)),
    p(digraph:del_edge(G, E1)),
    p(digraph:del_edges(G, [E2, E3, nope])),
    p(digraph:edges(G)),
    p(digraph:edge(G, E4)),
    p(digraph:no_edges(G)),
    p(digraph:add_edge(G, b, a)),
    p(digraph:no_edges(G)).
