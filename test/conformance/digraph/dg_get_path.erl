#!/usr/bin/env escript
-module(dg_get_path).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: get_path/3: depth first in out_neighbours order; no path is false; a path to itself needs a cycle.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d, e, f]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {b, c}, {c, d}, {a, e}, {e, d}, {d, f}, {b, e}]],
    p(digraph:get_path(G, a, d)),
    p(digraph:get_path(G, a, f)),
    p(digraph:get_path(G, b, d)),
    p(digraph:get_path(G, d, a)),
    p(digraph:get_path(G, a, a)),
    p(digraph:get_path(G, f, f)),
    p(digraph:get_path(G, a, nope)),
    p(digraph:get_path(G, nope, a)),
    digraph:add_edge(G, f, a),
    p(digraph:get_path(G, a, a)),
    p(digraph:get_path(G, d, b)),
    digraph:add_edge(G, c, c),
    p(digraph:get_path(G, c, c)).
