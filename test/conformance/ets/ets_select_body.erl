#!/usr/bin/env escript
-module(ets_select_body).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: match spec bodies: tuple construction {{...}}, {const, X}, lists, maps, arithmetic, nested 'cat'/'25883', the last expression is the result.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, [a, b]}, {2, [c]}]),
    p(ets:select(T, [{{'$1', '$2'}, [], [{{'$2', '$1', {{nested, '$1'}}}}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [['$1', '$2' | '$1']]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [#{key => '$1', obj => '$_'}]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [{const, '$1'}]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [{const, {'$1', '_'}}]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [{'+', '$1', 100}, {'-', '$1'}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{{'$$', '$_'}}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{hd, '$2'}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{length, '$2'}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{tl, '$2'}]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [{element, 1, {{'$1', x}}}]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [{self}]}]) =:= [self(), self()]),
    p(ets:select(T, [{{'$1', '_'}, [], [{node}]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [{float, '$1'}, {'/', '$1', 2}]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [{{}}]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [[]]}])),
    p(ets:select(T, [{{'$1', '_'}, [], [<<"bin">>]}])).
