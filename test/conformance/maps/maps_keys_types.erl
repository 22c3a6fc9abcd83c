#!/usr/bin/env escript
-module(maps_keys_types).
-export([main/1]).
-mode(compile).
%% Exercises: keys of all types, equality of int/float keys

id(X) -> X.
main(_) ->
    M = id(#{1 => int, 1.0 => float, <<"1">> => bin, "1" => str, '1' => atom, {1} => tuple, [1] => list}),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [[maps:get(K, M) || K <- [1, 1.0, <<"1">>, "1", '1', {1}, [1]]]]),
    io:format("~p~n", [maps:find(1.0, #{1 => x})]),
    io:format("~p~n", [M]).
