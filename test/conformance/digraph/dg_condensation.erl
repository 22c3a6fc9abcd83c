#!/usr/bin/env escript
-module(dg_condensation).
-export([main/1]).
-mode(compile).
%% Exercises: digraph_utils:condensation/1 (components as vertices, edges between them, type kept)
main(_) ->
    show(graph([{a, b}, {b, a}, {b, c}, {c, d}, {d, c}, {d, e}, {a, e}], [])),
    show(graph([{1, 2}, {2, 3}, {3, 1}, {3, 4}], [])),
    show(graph([{x, y}, {y, z}], [acyclic])),
    show(graph([{p, p}, {p, q}], [])),
    G = digraph:new(), digraph:add_vertex(G, lone),
    show(G),
    show(graph([{a, b}, {b, c}, {c, a}, {c, d}, {d, e}, {e, d}, {e, f}, {a, f}, {g, a}], [protected])).

graph(Edges, Opts) ->
    G = digraph:new(Opts),
    [begin digraph:add_vertex(G, V), digraph:add_vertex(G, W), digraph:add_edge(G, V, W) end || {V, W} <- Edges],
    G.

show(G) ->
    C = digraph_utils:condensation(G),
    %% Components sorted inside: their inner order follows the vertex tables' hash
    %% order on BEAM (docs/ets.md).
    Vs = lists:sort([lists:sort(V) || V <- digraph:vertices(C)]),
    Es = lists:sort([begin {_, V, W, _} = digraph:edge(C, E), {lists:sort(V), lists:sort(W)} end || E <- digraph:edges(C)]),
    Info = digraph:info(C),
    io:format("~p~n~p~n~p~n", [Vs, Es, [I || {K, _} = I <- Info, K =/= memory]]),
    digraph:delete(C).
