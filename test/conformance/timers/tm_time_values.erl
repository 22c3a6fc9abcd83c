#!/usr/bin/env escript
-module(tm_time_values).
-export([main/1]).
-mode(compile).
%% Exercises: monotonic_time/0,1 and system_time/0,1: integers, monotonic never decreases, units agree, badarg unit

main(_) ->
    M0 = erlang:monotonic_time(),
    io:format("monotonic integer ~p~n", [is_integer(M0)]),
    Ms = [erlang:monotonic_time() || _ <- lists:seq(1, 1000)],
    io:format("non-decreasing ~p~n", [Ms =:= lists:sort(Ms)]),
    Units = [second, millisecond, microsecond, nanosecond, native, perf_counter, 1000],
    io:format("monotonic/1 ~p~n", [[is_integer(erlang:monotonic_time(U)) || U <- Units]]),
    io:format("system/1 ~p~n", [[is_integer(erlang:system_time(U)) || U <- Units]]),
    S = erlang:system_time(second),
    io:format("system time after 2020 ~p~n", [S > 1577836800]),
    A = erlang:system_time(millisecond), B = erlang:system_time(microsecond),
    io:format("ms vs us ~p~n", [B div 1000 - A >= 0 andalso B div 1000 - A < 1000]),
    M1 = erlang:monotonic_time(millisecond),
    timer:sleep(20),
    M2 = erlang:monotonic_time(millisecond),
    io:format("advanced ~p~n", [M2 - M1 >= 20]),
    io:format("os:system_time ~p~n", [is_integer(os:system_time(millisecond))]),
    io:format("~p~n", [t(fun() -> erlang:monotonic_time(id(minutes)) end)]),
    io:format("~p~n", [t(fun() -> erlang:system_time(id(0)) end)]).

t(F) -> try F() of V -> {ok, V} catch C:E -> {C, E} end.
id(X) -> X.
