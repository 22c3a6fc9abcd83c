#!/usr/bin/env escript
-module(ets_ms_maps).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: maps in match specs: map patterns in heads (subset match), maps built in bodies, map_get/map_size/is_map_key guards.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, #{name => a, age => 30}}, {2, #{name => b}}, {3, #{name => c, age => 5}}, {4, nomap}]),
    p(ets:select(T, [{{'$1', #{age => '$2'}}, [{'>', '$2', 10}], ['$1']}])),
    p(ets:select(T, [{{'$1', #{name => '$2'}}, [], [#{id => '$1', n => '$2'}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [{is_map, '$2'}, {is_map_key, age, '$2'}], [{map_get, age, '$2'}]}])),
    p(ets:select(T, [{{'$1', '$2'}, [{'==', {map_size, '$2'}, 1}], ['$1']}])),
    p(ets:select(T, [{{'$1', '$2'}, [], [{map_get, age, '$2'}]}])),
    p(ets:select(T, [{{'_', #{}}, [], ['$_']}])),
    p(ets:match(T, {'$1', #{name => '$2', age => '_'}})),
    p(ets:match_object(T, {'_', #{name => b}})).
