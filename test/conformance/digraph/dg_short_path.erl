#!/usr/bin/env escript
-module(dg_short_path).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: get_short_path/3 and get_short_cycle/2: breadth first, shortest in edges, ties by edge creation order.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d, e, f]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {b, c}, {c, d}, {d, e}, {a, c}, {c, e}, {e, f}, {f, a}, {b, f}]],
    p(digraph:get_short_path(G, a, e)),
    p(digraph:get_short_path(G, a, f)),
    p(digraph:get_short_path(G, b, d)),
    p(digraph:get_short_path(G, d, b)),
    p(digraph:get_short_path(G, a, nope)),
    p(digraph:get_short_cycle(G, a)),
    p(digraph:get_short_cycle(G, d)),
    p(digraph:get_path(G, a, e)),
    H = digraph:new(),
    [digraph:add_vertex(H, V) || V <- [x, y]],
    digraph:add_edge(H, x, y),
    p(digraph:get_short_path(H, y, x)),
    p(digraph:get_short_cycle(H, x)),
    p(length(ets:all()) > 0).
