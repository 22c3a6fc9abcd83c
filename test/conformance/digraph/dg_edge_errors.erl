#!/usr/bin/env escript
-module(dg_edge_errors).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: add_edge errors: {bad_vertex, V} for a missing end, {bad_edge, [V1, V2]} for a named edge already joining other vertices; a refused edge still uses an id.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    digraph:add_vertex(G, a),
    digraph:add_vertex(G, b),
    p(digraph:add_edge(G, a, zz)),
    p(digraph:add_edge(G, zz, a)),
    p(digraph:add_edge(G, yy, zz)),
    p(digraph:add_edge(G, a, b)),
    p(digraph:add_edge(G, e1, a, b, [])),
    p(digraph:add_edge(G, e1, b, a, [])),
    p(digraph:add_edge(G, e1, a, b, again)),
    p(digraph:add_edge(G, e1, zz, b, [])),
    p(digraph:no_edges(G)),
    p(lists:sort(digraph:edges(G))).
