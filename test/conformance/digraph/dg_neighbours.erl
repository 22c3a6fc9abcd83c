#!/usr/bin/env escript
-module(dg_neighbours).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: in/out_neighbours (newest edge first), in/out_edges (oldest first), in/out_degree, loops and parallel edges.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d]],
    digraph:add_edge(G, a, b),
    digraph:add_edge(G, a, c),
    digraph:add_edge(G, a, d),
    digraph:add_edge(G, b, a),
    digraph:add_edge(G, c, a),
    digraph:add_edge(G, a, b),
    digraph:add_edge(G, d, d),
    p(digraph:out_neighbours(G, a)),
    p(digraph:in_neighbours(G, a)),
    p(digraph:out_edges(G, a)),
    p(digraph:in_edges(G, a)),
    p({digraph:out_degree(G, a), digraph:in_degree(G, a)}),
    p({digraph:out_neighbours(G, d), digraph:in_neighbours(G, d), digraph:out_degree(G, d), digraph:in_degree(G, d)}),
    p(digraph:in_neighbours(G, b)),
    p({digraph:out_neighbours(G, nope), digraph:in_edges(G, nope), digraph:in_degree(G, nope)}),
    p(lists:sort(digraph:source_vertices(G))),
    p(lists:sort(digraph:sink_vertices(G))).
