#!/usr/bin/env escript
-module(dg_edges).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: add_edge/3,4,5 (generated names ['$e'|N], labels, named edges, parallel edges, loops), edge/2, edges/1,2, no_edges/1.

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
    p(E1),
    p(digraph:add_edge(G, b, c, weight)),
    p(digraph:add_edge(G, my_edge, c, a, lbl)),
    p(digraph:add_edge(G, a, b)),
    p(digraph:add_edge(G, a, a)),
    p(digraph:edge(G, E1)),
    p(digraph:edge(G, my_edge)),
    p(digraph:edge(G, nope)),
    p(digraph:no_edges(G)),
    p(lists:sort(digraph:edges(G))),
    p(lists:sort(digraph:edges(G, a))),
    p(lists:sort(digraph:edges(G, c))),
    p(digraph:edges(G, nope)),
    p(digraph:add_edge(G, my_edge, c, a, relabelled)),
    p(digraph:edge(G, my_edge)),
    p(digraph:no_edges(G)).
