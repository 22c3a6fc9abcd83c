#!/usr/bin/env escript
-module(bif_term_to_binary).
-export([main/1]).
-mode(compile).
%% Exercises: term_to_binary bytes for many terms

main(_) ->
    L = [0, 1, 255, 256, -1, 1 bsl 31, 1 bsl 32, -(1 bsl 40), 1 bsl 100, 1.5, -0.0, a, 'héllo', "", "abc", [1, 300],
         [a | b], {}, {a, 1}, <<>>, <<1, 2>>, <<1:3>>, #{}, #{a => 1}, fun lists:map/2, true, [], list_to_tuple(lists:seq(1, 300))],
    [io:format("~w~n", [term_to_binary(T)]) || T <- lists:sublist(L, 27)],
    io:format("~p~n", [byte_size(term_to_binary(lists:last(L)))]).
