#!/usr/bin/env escript
-module(bif_round_half).
-export([main/1]).
-mode(compile).
%% Exercises: round on .5 values, both signs, large magnitudes

main(_) ->
    io:format("~p~n", [[round(X) || X <- [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1.0e20 + 0.5]]]).
