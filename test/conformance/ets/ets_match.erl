#!/usr/bin/env escript
-module(ets_match).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: match/2: variables ordered by number, '_', repeated variables, constants, nested patterns, patterns that are not tuples.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a, [x, y]}, {2, b, [z]}, {3, a, []}, {4, {n, 1}, [1, 1]}, {5, 5, [5]}]),
    p(ets:match(T, {'$1', a, '_'})),
    p(ets:match(T, {'$2', '$1', '_'})),
    p(ets:match(T, {'_', '_', ['$1' | '_']})),
    p(ets:match(T, {'$1', '$1', '_'})),
    p(ets:match(T, {'_', '_', ['$1', '$1']})),
    p(ets:match(T, {'_', {n, '$9'}, '_'})),
    p(ets:match(T, {'_', a, '_'})),
    p(ets:match(T, {'$1', '_'})),
    p(ets:match(T, '_')),
    p(ets:match(T, '$1')),
    p(ets:match(T, {'$0', c, '_'})),
    p(ets:match(T, {3, '$3', '$2'})),
    p(e(fun() -> ets:match(id(nosuch), '_') end)),
    S = ets:new(s, [bag]),
    ets:insert(S, [{k, 1}, {k, 2}, {j, 3}]),
    p(lists:sort(ets:match(S, {'$1', '$2'}))),
    p(ets:match(S, {k, '$1'})).
