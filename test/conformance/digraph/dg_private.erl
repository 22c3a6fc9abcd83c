#!/usr/bin/env escript
-module(dg_private).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: protected and private graphs from another process: reading a protected graph works, adding is badarg; private graphs refuse reads too.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

other(F) ->
    Self = self(),
    spawn(fun() -> Self ! {r, F()} end),
    receive {r, R} -> R end.

main(_) ->
    G = digraph:new(),
    digraph:add_vertex(G, a),
    p(other(fun() -> digraph:vertices(G) end)),
    p(other(fun() -> e(fun() -> digraph:add_vertex(G, b) end) end)),
    P = digraph:new([private]),
    digraph:add_vertex(P, a),
    p(other(fun() -> e(fun() -> digraph:vertices(P) end) end)),
    p(other(fun() -> e(fun() -> digraph:vertex(P, a) end) end)),
    p(digraph:vertices(P)),
    digraph:delete(G),
    p(e(fun() -> digraph:vertices(G) end)).
