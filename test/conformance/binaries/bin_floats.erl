#!/usr/bin/env escript
-module(bin_floats).
-export([main/1]).
-mode(compile).
%% Exercises: float segments 16/32/64 bits, both endians, and non-finite matches

id(X) -> X.
main(_) ->
    F = id(1.5),
    io:format("~w~n", [<<F/float>>]),
    io:format("~w~n", [<<F:32/float>>]),
    io:format("~w~n", [<<F:16/float>>]),
    io:format("~w~n", [<<F:64/float-little>>]),
    io:format("~w~n", [<<(id(3)):64/float>>]),
    <<G:32/float>> = <<(id(0.1)):32/float>>,
    io:format("~p~n", [G]),
    <<H:64/float-little>> = <<(id(-2.25)):64/float-little>>,
    io:format("~p~n", [H]),
    io:format("~p~n", [case id(<<16#7FF0000000000000:64>>) of <<N:64/float>> -> {ok, N}; _ -> no_match end]),
    io:format("~p~n", [try <<(id(1.0e300)):32/float>> catch error:R -> R end]).
