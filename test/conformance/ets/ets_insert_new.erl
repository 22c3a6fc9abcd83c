#!/usr/bin/env escript
-module(ets_insert_new).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: insert_new/2 on set, ordered_set and bag: single objects, all-or-nothing lists, duplicate keys inside the list.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        R1 = ets:insert_new(T, {a, 1}),
        R2 = ets:insert_new(T, {a, 2}),
        R3 = ets:insert_new(T, [{b, 1}, {c, 1}]),
        R4 = ets:insert_new(T, [{d, 1}, {a, 3}]),
        R5 = ets:insert_new(T, []),
        R6 = ets:insert_new(T, [{e, 1}, {e, 2}]),
        io:format("~p: ~p ~p~n", [Type, [R1, R2, R3, R4, R5, R6],
                                   lists:sort(ets:tab2list(T))])
    end, [set, ordered_set, bag, duplicate_bag]).
