#!/usr/bin/env escript
-module(ets_keypos_bag).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: a bag with {keypos, 2}: lookup, delete_object, lookup_element and match on the second element.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    B = ets:new(b, [bag, {keypos, 2}]),
    ets:insert(B, [{edge, a, b}, {edge, a, c}, {node, a, x}, {edge, b, c}]),
    p(ets:lookup(B, a)),
    p(ets:lookup_element(B, a, 3)),
    p(ets:lookup_element(B, a, 1)),
    p(ets:delete_object(B, {edge, a, c})),
    p(ets:lookup(B, a)),
    p(lists:sort(ets:match(B, {edge, '$1', '$2'}))),
    p(ets:select(B, [{{'$1', b, '$2'}, [], [{{'$1', '$2'}}]}])),
    p(ets:member(B, edge)),
    p(ets:take(B, a)),
    p(lists:sort(ets:tab2list(B))).
