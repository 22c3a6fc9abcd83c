#!/usr/bin/env escript
-module(bif_is_function_arity).
-export([main/1]).
-mode(compile).
%% Exercises: is_function/2, fun arity checks

main(_) ->
    Fs = [fun() -> ok end, fun(_) -> ok end, fun(_, _) -> ok end, fun lists:map/2],
    io:format("~p~n", [[[is_function(F, N) || N <- [0, 1, 2]] || F <- Fs]]),
    io:format("~p~n", [try is_function(fun() -> ok end, -1) catch error:R -> R end]).
