#!/usr/bin/env escript
-module(dg_big).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: a 200-vertex chain plus shortcuts: counts, paths, short paths, deleting half the vertices.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new([acyclic]),
    Vs = [digraph:add_vertex(G, I) || I <- lists:seq(1, 200)],
    p(length(Vs)),
    [digraph:add_edge(G, I, I + 1) || I <- lists:seq(1, 199)],
    [digraph:add_edge(G, I, I + 10) || I <- lists:seq(1, 190, 10)],
    p({digraph:no_vertices(G), digraph:no_edges(G)}),
    p(length(digraph:get_path(G, 1, 200))),
    p(digraph:get_short_path(G, 1, 52)),
    p(digraph:add_edge(G, 200, 1)),
    digraph:del_vertices(G, lists:seq(2, 200, 2)),
    p({digraph:no_vertices(G), digraph:no_edges(G)}),
    p(digraph:get_path(G, 1, 11)),
    p(lists:sort(digraph:out_neighbours(G, 11))).
