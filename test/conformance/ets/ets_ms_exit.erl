#!/usr/bin/env escript
-module(ets_ms_exit).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: a failing body expression: 'EXIT' when it is the last one, ignored before it; failing guards reject the object.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, 0}, {2, 2}, {3, a}]),
    p(ets:select(T, [{{'$1', '$2'}, [], [{'div', 10, '$2'}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{'div', 10, '$2'}, done]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{'+', '$2', 1}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{{'$1', {'+', '$2', 1}}}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [[{'+', '$2', 1}]]}])),
    p(ets:select(T, [{{'$1', '$2'}, [{'>', {'div', 10, '$2'}, 1}], ['$1']}])),
    p(ets:select(T, [{{'$1', '$2'}, [{'/=', {hd, '$2'}, x}], ['$1']}])),
    p(ets:select_count(T, [{{'$1', '$2'}, [], [{'>', {'div', 10, '$2'}, 1}]}])),
    p(ets:match_spec_run([{1, 0}, {2, 2}], ets:match_spec_compile([{{'_', '$1'}, [], [{'div', 4, '$1'}]}]))).
