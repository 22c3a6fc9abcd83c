#!/usr/bin/env escript
-module(bin_signed_edge).
-export([main/1]).
-mode(compile).
%% Exercises: signed extraction edge cases across sizes

main(_) ->
    [io:format("~p ~p ~p~n", [N, U, S]) || N <- [1, 7, 8, 9, 15, 16, 31, 32, 33, 53, 63, 64, 65],
     <<U:N/unsigned, _/bits>> <- [<<255, 255, 255, 255, 255, 255, 255, 255, 255>>],
     <<S:N/signed, _/bits>> <- [<<255, 255, 255, 255, 255, 255, 255, 255, 255>>]].
