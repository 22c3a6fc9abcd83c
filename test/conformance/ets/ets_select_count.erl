#!/usr/bin/env escript
-module(ets_select_count).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: select_count/2 counts objects whose spec returns true (other results do not count).

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [bag]),
    ets:insert(T, [{K, V} || K <- [a, b, c], V <- lists:seq(1, 5)]),
    p(ets:select_count(T, [{{'_', '$1'}, [{'>', '$1', 3}], [true]}])),
    p(ets:select_count(T, [{{a, '_'}, [], [true]}])),
    p(ets:select_count(T, [{'_', [], [true]}])),
    p(ets:select_count(T, [{'_', [], [false]}])),
    p(ets:select_count(T, [{'_', [], ['$_']}])),
    p(ets:select_count(T, [{{'$1', '_'}, [], [{'==', '$1', b}]}])),
    p(ets:select_count(T, [{{c, '$1'}, [], [{'>', '$1', 4}]}, {{'_', '_'}, [], [true]}])),
    p(ets:select_count(T, [])),
    p(e(fun() -> ets:select_count(T, id([{'_', [], []}])) end)),
    p(e(fun() -> ets:select_count(id(nosuch), []) end)).
