#!/usr/bin/env escript
-module(cmp_term_order).
-export([main/1]).
-mode(compile).
%% Exercises: term order number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring

main(_) ->
    L = [<<"b">>, [a], [], #{a => 1}, {a, b}, {}, fun lists:map/2, zz, aa, 3.0, 2, <<>>, "abc", [1 | 2], {z}],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~w~n", [[A < B || A <- [1, a, {}, #{}, [], [1], <<>>], B <- [1, a, {}, #{}, [], [1], <<>>]]]).
