#!/usr/bin/env escript
-module(dg_acyclic).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: acyclic graphs refuse loops and edges closing a cycle ({bad_edge, Path}); cyclic graphs accept them.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new([acyclic]),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d]],
    p(digraph:add_edge(G, a, b)),
    p(digraph:add_edge(G, b, c)),
    p(digraph:add_edge(G, c, d)),
    p(digraph:add_edge(G, d, a)),
    p(digraph:add_edge(G, c, a)),
    p(digraph:add_edge(G, a, a)),
    p(digraph:add_edge(G, a, d)),
    p(digraph:add_edge(G, a, b)),
    p(digraph:no_edges(G)),
    C = digraph:new([cyclic]),
    [digraph:add_vertex(C, V) || V <- [a, b]],
    p(digraph:add_edge(C, a, b)),
    p(digraph:add_edge(C, b, a)),
    p(digraph:add_edge(C, a, a)),
    p(digraph:no_edges(C)).
