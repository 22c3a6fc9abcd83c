#!/usr/bin/env escript
-module(io_w_vs_p).
-export([main/1]).
-mode(compile).
%% Exercises: ~w and ~p differences on strings, floats, binaries, atoms

main(_) ->
    L = ["abc", 1.0, <<"bin">>, 'At', [$a, 200], <<200>>, {"s"}],
    [io:format("~w | ~p~n", [X, X]) || X <- L].
