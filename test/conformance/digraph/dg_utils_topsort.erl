#!/usr/bin/env escript
-module(dg_utils_topsort).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: topsort/1 gives an order where every edge goes forward (checked, not printed: it starts from the vertex table's order); false with a cycle; is_acyclic/1, loop_vertices/1.

id(X) -> X.

p(X) -> io:format("~p~n", [X]).

valid(G, Order) ->
    Pos = maps:from_list(lists:zip(Order, lists:seq(1, length(Order)))),
    lists:all(fun(E) -> {_, A, B, _} = digraph:edge(G, E), maps:get(A, Pos) < maps:get(B, Pos) end,
              digraph:edges(G)).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [shirt, tie, jacket, belt, trousers, shoes, socks]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{shirt, tie}, {tie, jacket}, {shirt, belt}, {belt, jacket},
                                             {trousers, belt}, {trousers, shoes}, {socks, shoes}]],
    T = digraph_utils:topsort(G),
    p({length(T), lists:sort(T) =:= lists:sort(digraph:vertices(G)), valid(G, T)}),
    p(digraph_utils:is_acyclic(G)),
    p(digraph_utils:loop_vertices(G)),
    digraph:add_edge(G, jacket, shirt),
    p(digraph_utils:topsort(G)),
    p(digraph_utils:is_acyclic(G)),
    H = digraph:new(),
    digraph:add_vertex(H, x),
    digraph:add_edge(H, x, x),
    p(digraph_utils:topsort(H)),
    p(digraph_utils:is_acyclic(H)),
    p(digraph_utils:loop_vertices(H)),
    p(digraph_utils:topsort(digraph:new())).
