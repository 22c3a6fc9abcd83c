#!/usr/bin/env escript
-module(arith_rem_float_error).
-export([main/1]).
-mode(compile).
%% Exercises: rem and div reject floats, / accepts

id(X) -> X.
t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.
main(_) ->
    io:format("~p~n", [t(fun() -> id(7.0) rem 2 end)]),
    io:format("~p~n", [t(fun() -> id(7) div 2.0 end)]),
    io:format("~p~n", [t(fun() -> id(7.0) / 2 end)]),
    io:format("~p~n", [t(fun() -> id(7) rem -0 end)]).
