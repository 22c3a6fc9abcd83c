#!/usr/bin/env escript
-module(ets_insert_dups).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: insert/2 of a list with the same key twice: the last object wins in set and ordered_set (1 and 1.0 too); bag and duplicate_bag keep several.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    [begin
         T = ets:new(t, [Ty]),
         ets:insert(T, [{k, 1}, {j, 0}, {k, 2}, {1, int}, {1.0, float}]),
         p({Ty, lists:sort(ets:tab2list(T))})
     end || Ty <- [set, ordered_set, bag, duplicate_bag]],
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{2, a}, {2.0, b}]),
    p(ets:tab2list(O)),
    ets:insert(O, {2, c}),
    p(ets:tab2list(O)).
