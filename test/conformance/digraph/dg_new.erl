#!/usr/bin/env escript
-module(dg_new).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: digraph:new/0,1 with cyclic/acyclic/protected/private, the record's shape, info/1 without memory, bad types.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R -> {C, R}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    G = digraph:new(),
    p(element(1, G)),
    p(tuple_size(G)),
    p([is_reference(element(I, G)) || I <- [2, 3, 4]]),
    p(element(5, G)),
    p(lists:keydelete(memory, 1, digraph:info(G))),
    A = digraph:new([acyclic]),
    p(element(5, A)),
    p(lists:keydelete(memory, 1, digraph:info(A))),
    P = digraph:new([private, cyclic]),
    p(lists:keydelete(memory, 1, digraph:info(P))),
    p(lists:keydelete(memory, 1, digraph:info(digraph:new([acyclic, cyclic, protected])))),
    p(e(fun() -> digraph:new(id([foo])) end)),
    p(e(fun() -> digraph:new(id(acyclic)) end)),
    p(e(fun() -> digraph:new(id([public])) end)),
    p(ets:info(element(2, G), type)),
    p(ets:info(element(4, G), type)),
    p(lists:sort(ets:tab2list(element(4, G)))),
    p(digraph:delete(G)),
    p(ets:info(element(2, G))).
