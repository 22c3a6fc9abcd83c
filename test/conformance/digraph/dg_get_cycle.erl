#!/usr/bin/env escript
-module(dg_get_cycle).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: get_cycle/2: a cycle through a vertex, a loop only when no longer cycle exists, false otherwise.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {b, c}, {c, a}, {c, d}]],
    p(digraph:get_cycle(G, a)),
    p(digraph:get_cycle(G, b)),
    p(digraph:get_cycle(G, d)),
    digraph:add_edge(G, d, d),
    p(digraph:get_cycle(G, d)),
    digraph:add_edge(G, a, a),
    p(digraph:get_cycle(G, a)),
    p(digraph:get_cycle(G, nope)),
    H = digraph:new(),
    digraph:add_vertex(H, x),
    digraph:add_edge(H, x, x),
    p(digraph:get_cycle(H, x)),
    p(digraph:get_short_cycle(H, x)).
