#!/usr/bin/env escript
-module(match_maps).
-export([main/1]).
-mode(compile).
%% Exercises: map patterns: required keys, values, variables as keys

id(X) -> X.
f(#{type := circle, r := R}) -> {circle, R};
f(#{type := square} = M) -> {square, maps:get(side, M, none)};
f(#{}) -> unknown_map.
main(_) ->
    io:format("~p~n", [[f(id(M)) || M <- [#{type => circle, r => 2}, #{type => square, side => 3},
                                         #{type => square}, #{type => tri}, #{}]]]),
    K = id(key),
    #{K := V} = id(#{key => val, other => 1}),
    io:format("~p~n", [V]),
    io:format("~p~n", [try #{K := _} = id(#{}) catch error:R -> R end]).
