#!/usr/bin/env escript
-module(maps_variable_keys).
-export([main/1]).
-mode(compile).
%% Exercises: variable keys in construction, update and patterns

id(X) -> X.
lookup(K, M) ->
    case M of
        #{K := V} -> {ok, V};
        _ -> error
    end.
main(_) ->
    K1 = id(k1), K2 = id({compound, 2}),
    M = #{K1 => one, K2 => two},
    io:format("~p~n", [M]),
    io:format("~p~n", [[lookup(K1, M), lookup(K2, M), lookup(zz, M)]]),
    io:format("~p~n", [M#{K1 := uno}]).
