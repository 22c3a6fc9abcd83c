#!/usr/bin/env escript
-module(bin_float_special_match).
-export([main/1]).
-mode(compile).
%% Exercises: matching 16/32-bit float segments

id(X) -> X.
main(_) ->
    [io:format("~p~n", [case id(B) of <<F:16/float>> -> F end]) || B <- [<<16#3C00:16>>, <<16#C000:16>>, <<16#7BFF:16>>, <<16#0001:16>>]],
    [io:format("~p~n", [case id(B) of <<F:32/float>> -> F end]) || B <- [<<16#3F800000:32>>, <<16#40490FDB:32>>, <<16#00000001:32>>]],
    io:format("~p~n", [case id(<<16#7FC00000:32>>) of <<F:32/float>> -> F; _ -> nan_no_match end]).
