#!/usr/bin/env escript
-module(match_tuples_sizes).
-export([main/1]).
-mode(compile).
%% Exercises: tuple patterns of various sizes, nested tuple extraction

id(X) -> X.
sz({}) -> 0;
sz({_}) -> 1;
sz({_, _}) -> 2;
sz(T) when is_tuple(T) -> tuple_size(T).
main(_) ->
    io:format("~p~n", [[sz(id(T)) || T <- [{}, {a}, {a, b}, {a, b, c}, list_to_tuple(lists:seq(1, 50))]]]),
    {{A, B}, {C, {D}}} = id({{1, 2}, {3, {4}}}),
    io:format("~p~n", [A + B + C + D]).
