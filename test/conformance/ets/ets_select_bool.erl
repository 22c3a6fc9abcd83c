#!/usr/bin/env escript
-module(ets_select_bool).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: andalso/orelse short-circuit, and/or/xor/not evaluate every argument and need booleans; a failing guard part rejects the object.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

sel(T, G) -> ets:select(T, [{{'$1', '$2'}, G, ['$1']}]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, 0}, {2, 5}, {3, x}, {4, true}, {5, false}]),
    p(sel(T, [{'andalso', {is_integer, '$2'}, {'>', {'div', 10, '$2'}, 1}}])),
    p(sel(T, [{'and', {is_integer, '$2'}, {'>', {'div', 10, '$2'}, 1}}])),
    p(sel(T, [{'orelse', {'==', '$2', x}, {'>', {'+', '$2', 1}, 3}}])),
    p(sel(T, [{'or', {'==', '$2', x}, {'>', {'+', '$2', 1}, 3}}])),
    p(sel(T, [{'not', '$2'}])),
    p(sel(T, [{'xor', '$2', {'==', '$1', 5}}])),
    p(sel(T, [{'andalso', '$2', true}])),
    p(sel(T, [{'orelse', '$2', {'==', '$1', 3}}])),
    p(sel(T, [{'not', {'==', '$1', 1}}, {'=/=', '$2', x}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{'andalso', {is_atom, '$2'}, '$2'}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{'orelse', {is_atom, '$2'}, '$2'}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{'and', true, '$2'}]}])).
