#!/usr/bin/env escript
-module(exc_classes).
-export([main/1]).
-mode(compile).
%% Exercises: error, throw and exit classes caught by try

id(X) -> X.
t(F) -> try F() of V -> {value, V} catch C:R -> {caught, C, R} end.
main(_) ->
    io:format("~p~n", [t(fun() -> error(boom) end)]),
    io:format("~p~n", [t(fun() -> throw(ball) end)]),
    io:format("~p~n", [t(fun() -> exit(bye) end)]),
    io:format("~p~n", [t(fun() -> erlang:error({complex, [1, 2]}) end)]),
    io:format("~p~n", [t(fun() -> id(fine) end)]),
    io:format("~p~n", [t(fun() -> exit(normal) end)]).
