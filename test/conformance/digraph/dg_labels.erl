#!/usr/bin/env escript
-module(dg_labels).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: labels of vertices and edges: any terms, replaced by re-adding; edge/2 and vertex/2 return them.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    digraph:add_vertex(G, city_a, #{pop => 100}),
    digraph:add_vertex(G, city_b, [{pop, 50}]),
    digraph:add_edge(G, road, city_a, city_b, {km, 42}),
    p(digraph:vertex(G, city_a)),
    p(digraph:edge(G, road)),
    p(digraph:add_edge(G, road, city_a, city_b, {km, 40})),
    p(digraph:edge(G, road)),
    p(digraph:out_edges(G, city_a)),
    p(digraph:add_vertex(G, city_a)),
    p(digraph:vertex(G, city_a)),
    p(digraph:out_neighbours(G, city_a)),
    p(digraph:add_vertex(G, <<"binary vertex">>, <<"bin label">>)),
    p(digraph:vertex(G, <<"binary vertex">>)).
