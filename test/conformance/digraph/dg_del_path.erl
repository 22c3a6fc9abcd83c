#!/usr/bin/env escript
-module(dg_del_path).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: del_path/3 deletes edges of paths from V1 to V2 until none is left, including parallel edges.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

edges(G) -> lists:sort([{V1, V2} || E <- digraph:edges(G), {_, V1, V2, _} <- [digraph:edge(G, E)]]).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {b, d}, {a, c}, {c, d}, {a, b}, {d, a}]],
    p(edges(G)),
    p(digraph:del_path(G, a, d)),
    p(edges(G)),
    p(digraph:get_path(G, a, d)),
    p(digraph:del_path(G, a, d)),
    p(digraph:del_path(G, d, b)),
    p(edges(G)).
