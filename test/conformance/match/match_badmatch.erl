#!/usr/bin/env escript
-module(match_badmatch).
-export([main/1]).
-mode(compile).
%% Exercises: badmatch errors carry the unmatched value

id(X) -> X.
t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [t(fun() -> {a, _} = id({b, 1}) end)]),
    io:format("~p~n", [t(fun() -> [_] = id([1, 2]) end)]),
    io:format("~p~n", [t(fun() -> 1 = id(1.0) end)]),
    io:format("~p~n", [t(fun() -> <<_:8>> = id(<<1, 2>>) end)]),
    io:format("~p~n", [t(fun() -> #{a := _} = id(#{b => 1}) end)]),
    io:format("~p~n", [t(fun() -> "abc" = id("abd") end)]),
    io:format("~p~n", [t(fun() -> {_, _, _} = id({1, 2}) end)]).
