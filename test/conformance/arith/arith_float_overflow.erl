#!/usr/bin/env escript
-module(arith_float_overflow).
-export([main/1]).
-mode(compile).
%% Exercises: float overflow and int-to-float conversion errors are badarith

id(X) -> X.
t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [t(fun() -> id(1.0e308) * 10 end)]),
    io:format("~p~n", [t(fun() -> id(1.0e308) + 1.0e308 end)]),
    io:format("~p~n", [t(fun() -> id(-1.0e308) * 10 end)]),
    io:format("~p~n", [t(fun() -> id(1.0) / 1.0e-320 end)]),
    io:format("~p~n", [t(fun() -> id(1 bsl 1100) * 1.0 end)]),
    io:format("~p~n", [t(fun() -> id(1 bsl 1100) + 0.5 end)]),
    io:format("~p~n", [t(fun() -> float(id(1 bsl 1100)) end)]),
    io:format("~p~n", [t(fun() -> id(1 bsl 1100) / 3 end)]).
