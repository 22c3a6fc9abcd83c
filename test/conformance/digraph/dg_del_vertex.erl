#!/usr/bin/env escript
-module(dg_del_vertex).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: del_vertex/2 and del_vertices/2 remove the vertices and every edge at them; deleting missing ones is fine.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {b, c}, {c, a}, {a, d}, {d, d}, {b, b}]],
    p(digraph:no_edges(G)),
    p(digraph:del_vertex(G, b)),
    p(lists:sort(digraph:vertices(G))),
    p(lists:sort([{V1, V2} || E <- digraph:edges(G), {_, V1, V2, _} <- [digraph:edge(G, E)]])),
    p(digraph:out_neighbours(G, a)),
    p(digraph:in_neighbours(G, c)),
    p(digraph:del_vertex(G, nope)),
    p(digraph:del_vertices(G, [d, c, zz])),
    p(digraph:vertices(G)),
    p(digraph:edges(G)),
    p({digraph:no_vertices(G), digraph:no_edges(G)}).
