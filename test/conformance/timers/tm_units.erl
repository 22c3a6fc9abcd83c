#!/usr/bin/env escript
-module(tm_units).
-export([main/1]).
-mode(compile).
%% Exercises: timer:seconds/1, minutes/1, hours/1, hms/3 conversions to milliseconds, with non-integer and error inputs

main(_) ->
    io:format("~p~n", [timer:seconds(1)]),
    io:format("~p~n", [timer:seconds(0)]),
    io:format("~p~n", [timer:minutes(2)]),
    io:format("~p~n", [timer:hours(3)]),
    io:format("~p~n", [timer:hms(1, 2, 3)]),
    io:format("~p~n", [timer:hms(0, 0, 0)]),
    io:format("~p~n", [timer:seconds(1000000)]),
    io:format("~p~n", [t(fun() -> timer:seconds(id(1.5)) end)]),
    io:format("~p~n", [t(fun() -> timer:minutes(id(a)) end)]),
    io:format("~p~n", [t(fun() -> timer:hms(id(1), 2, id(x)) end)]).

t(F) -> try F() of V -> {ok, V} catch C:E -> {C, E} end.
id(X) -> X.
