#!/usr/bin/env escript
-module(ets_term_order).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: ordered_set keys of every type come out in Erlang's term order: numbers, atoms, refs, funs, pids, tuples, maps, lists, binaries.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    Keys = [<<"b">>, <<"a">>, [2], [1, 2], [], #{b => 1}, #{a => 1}, {2}, {1, 1}, {1}, zebra,
            alpha, 3.5, 3, -1, 1 bsl 64, 2.0e20],
    ets:insert(T, [{K, I} || {K, I} <- lists:zip(Keys, lists:seq(1, length(Keys)))]),
    p([K || {K, _} <- ets:tab2list(T)]),
    p(ets:first(T)),
    p(ets:last(T)),
    p(ets:next(T, 100)),
    p(ets:prev(T, {0})),
    p(ets:next(T, zebra)).
