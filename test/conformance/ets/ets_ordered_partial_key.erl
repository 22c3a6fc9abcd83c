#!/usr/bin/env escript
-module(ets_ordered_partial_key).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: select and match on ordered_set with partially bound compound keys: results in key order.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{{user, N, R}, N * 10} || N <- [3, 1, 2], R <- [b, a]] ++ [{{group, 1, x}, 0}]),
    p(ets:select(T, [{{{user, '$1', '_'}, '$2'}, [], [{{'$1', '$2'}}]}])),
    p(ets:match(T, {{user, 2, '$1'}, '_'})),
    p(ets:match_object(T, {{'_', 1, '_'}, '_'})),
    p(ets:select_reverse(T, [{{{user, '_', a}, '$1'}, [], ['$1']}])),
    p(ets:select_count(T, [{{{user, '$1', '_'}, '_'}, [{'>=', '$1', 2}], [true]}])),
    p(ets:next(T, {user, 1, b})),
    p(ets:prev(T, {user, 1, a})),
    p(ets:lookup(T, {user, 2.0, a})).
