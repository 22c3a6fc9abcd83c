#!/usr/bin/env escript
-module(tm_sleep).
-export([main/1]).
-mode(compile).
%% Exercises: timer:sleep/1: returns ok, sleeps at least the time, 0 and infinity-free cases, messages wait in the queue, badarg-like errors

main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    R = timer:sleep(30),
    T1 = erlang:monotonic_time(millisecond),
    io:format("returns ~p, slept enough ~p~n", [R, T1 - T0 >= 30]),
    io:format("zero ~p~n", [timer:sleep(0)]),
    self() ! during,
    timer:sleep(5),
    receive during -> io:format("message kept while sleeping~n") end,
    io:format("~p~n", [t(fun() -> timer:sleep(id(-1)) end)]),
    io:format("~p~n", [t(fun() -> timer:sleep(id(abc)) end)]),
    %% sleeping in another process does not block this one
    Main = self(),
    spawn(fun() -> timer:sleep(40), Main ! slow end),
    spawn(fun() -> Main ! fast end),
    receive First -> io:format("first ~p~n", [First]) end,
    receive Second -> io:format("second ~p~n", [Second]) end.

t(F) -> try F() of V -> {ok, V} catch C:E -> {C, E} end.
id(X) -> X.
