#!/usr/bin/env escript
-module(bif_float_conv).
-export([main/1]).
-mode(compile).
%% Exercises: float/1, float_to_list/1,2, float_to_binary, list_to_float

id(X) -> X.
main(_) ->
    io:format("~p~n", [[float(id(3)), float_to_list(id(1.0)), float_to_list(id(0.1)), float_to_list(id(-1.5e-7))]]),
    io:format("~p~n", [[float_to_list(id(3.14159), [{decimals, 2}]), float_to_list(id(2.5), [{decimals, 0}]),
                        float_to_list(id(1.0e10), [{scientific, 3}]), float_to_list(id(7.0), [short]),
                        float_to_list(id(1.10), [{decimals, 4}, compact])]]),
    io:format("~p~n", [[float_to_binary(id(1.5)), float_to_binary(id(1.5), [{decimals, 3}])]]),
    io:format("~p~n", [[list_to_float(id("1.5")), list_to_float(id("-2.0e3")), binary_to_float(id(<<"0.25">>))]]),
    io:format("~p~n", [try list_to_float(id("1")) catch error:R -> R end]),
    io:format("~p~n", [try list_to_float(id("1.")) catch error:R2 -> R2 end]).
