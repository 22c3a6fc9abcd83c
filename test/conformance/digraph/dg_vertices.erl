#!/usr/bin/env escript
-module(dg_vertices).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: add_vertex/1,2,3 (generated names ['$v'|N], labels, replacing a label), vertex/2, vertices/1, no_vertices/1.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    p(digraph:add_vertex(G)),
    p(digraph:add_vertex(G)),
    p(digraph:add_vertex(G, a)),
    p(digraph:add_vertex(G, b, "label b")),
    p(digraph:add_vertex(G)),
    p(digraph:vertex(G, a)),
    p(digraph:vertex(G, b)),
    p(digraph:vertex(G, ['$v' | 1])),
    p(digraph:vertex(G, nope)),
    p(digraph:add_vertex(G, a, relabelled)),
    p(digraph:vertex(G, a)),
    p(digraph:no_vertices(G)),
    p(lists:sort(digraph:vertices(G))),
    p(digraph:add_vertex(G, {complex, [1, 2]}, #{k => v})),
    p(digraph:vertex(G, {complex, [1, 2]})),
    p(digraph:no_vertices(G)).
