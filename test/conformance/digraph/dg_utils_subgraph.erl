#!/usr/bin/env escript
-module(dg_utils_subgraph).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: subgraph/2,3: the vertices given (those that exist), the edges between them with names and labels, keep_labels, type.

id(X) -> X.

p(X) -> io:format("~p~n", [X]).

edges(G) -> lists:sort([digraph:edge(G, E) || E <- digraph:edges(G)]).

main(_) ->
    G = digraph:new([acyclic]),
    [digraph:add_vertex(G, V, {label, V}) || V <- [a, b, c, d]],
    digraph:add_edge(G, ab, a, b, l1),
    digraph:add_edge(G, bc, b, c, l2),
    digraph:add_edge(G, cd, c, d, l3),
    digraph:add_edge(G, ad, a, d, l4),
    S = digraph_utils:subgraph(G, [a, b, d, nope]),
    p(lists:sort(digraph:vertices(S))),
    p(digraph:vertex(S, a)),
    p(edges(S)),
    p(lists:keydelete(memory, 1, digraph:info(S))),
    S2 = digraph_utils:subgraph(G, [b, c, d], [{keep_labels, false}, {type, [cyclic, private]}]),
    p(digraph:vertex(S2, c)),
    p(edges(S2)),
    p(lists:keydelete(memory, 1, digraph:info(S2))),
    p(try digraph_utils:subgraph(G, [a], id([{keep_labels, maybe}])) catch C:R -> {C, R} end),
    p(digraph_utils:preorder(S2) -- [b, c, d]),
    p(length(digraph_utils:postorder(G))).
