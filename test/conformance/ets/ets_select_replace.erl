#!/usr/bin/env escript
-module(ets_select_replace).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: select_replace/2: replacing objects keeping the key, a changed key is badarg, duplicate_bag is refused.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(ets_select_replace_t, [ordered_set, named_table]),
    ets:insert(T, [{I, old} || I <- lists:seq(1, 5)]),
    p(ets:select_replace(T, [{{'$1', old}, [{'<', '$1', 3}], [{{'$1', new}}]}])),
    p(ets:tab2list(T)),
    p(e(fun() -> ets:select_replace(T, [{{'$1', '_'}, [], [{{x, '$1'}}]}]) end)),
    p(e(fun() -> ets:select_replace(T, [{{'$1', '_'}, [], [notuple]}]) end)),
    p(ets:tab2list(T)),
    S = ets:new(s, []),
    ets:insert(S, [{a, 1, 1}, {b, 2, 2}]),
    p(ets:select_replace(S, [{{'$1', '$2', '$3'}, [], [{{'$1', {'+', '$2', '$3'}, 0}}]}])),
    p(lists:sort(ets:tab2list(S))),
    p(e(fun() -> ets:select_replace(S, [{{'$1', '_', '_'}, [], [{{{float, 1}, 1, 1}}]}]) end)),
    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{k, 1}, {k, 2}, {k, 1}]),
    p(ets:select_replace(D, [{{k, 1}, [], [{{k, 3}}]}])),
    p(lists:sort(ets:tab2list(D))),
    B = ets:new(b, [bag]),
    p(e(fun() -> ets:select_replace(B, [{'_', [], ['$_']}]) end)),
    p(e(fun() -> ets:select_replace(id(nosuch), []) end)).
