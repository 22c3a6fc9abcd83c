#!/usr/bin/env escript
-module(ets_match_object).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: match_object/2 on ordered_set and set: whole objects back, bound keys, maps and binaries in patterns.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, #{a => 1, b => 2}}, {2, #{a => 2}}, {3, <<"bin">>}, {4, "str"}, {5, 1.0}]),
    p(ets:match_object(T, {'_', #{a => '_'}})),
    p(ets:match_object(T, {'_', #{a => 1}})),
    p(ets:match_object(T, {'_', #{b => '$1'}})),
    p(ets:match_object(T, {'_', #{}})),
    p(ets:match_object(T, {'_', <<"bin">>})),
    p(ets:match_object(T, {'_', [$s | '_']})),
    p(ets:match_object(T, {'_', 1})),
    p(ets:match_object(T, {'_', 1.0})),
    p(ets:match_object(T, {3, '_'})),
    p(ets:match_object(T, {3.0, '_'})),
    S = ets:new(s, []),
    ets:insert(S, [{{a, 1}, x}, {{a, 2}, y}, {{b, 1}, z}]),
    p(lists:sort(ets:match_object(S, {{a, '_'}, '_'}))),
    p(ets:match_object(S, {{b, 1}, '_'})),
    p(ets:match_object(S, {{b, 1.0}, '_'})),
    p(e(fun() -> ets:match_object(id(nosuch), '_') end)).
