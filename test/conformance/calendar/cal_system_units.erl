#!/usr/bin/env escript
-module(cal_system_units).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:system_time_to_universal_time/2 with every time unit and
%% negative times (the conversion floors), now_to_datetime/1 and now_to_universal_time/1
%% on fixed timestamps (microseconds ignored), and the year limits.

main(_) ->
    Ts = [{0, second}, {1, millisecond}, {999, millisecond}, {-1, millisecond}, {-1000, millisecond},
          {-1001, millisecond}, {1700000000999999, microsecond}, {-1, microsecond},
          {1700000000123456789, nanosecond}, {-1, nanosecond}, {253402300799, second},
          {-62167219200, second}, {1000, perf_counter}, {5, 1000}, {-5, 1000}],
    [io:format("~p: ~p~n", [T, e(fun() -> calendar:system_time_to_universal_time(V, U) end)]) || {V, U} = T <- Ts],
    Nows = [{0, 0, 0}, {0, 0, 999999}, {1, 0, 0}, {1234, 567890, 123}, {-1, 999999, 0}],
    [io:format("~p: ~p ~p~n", [N, calendar:now_to_datetime(N), calendar:now_to_universal_time(N)]) || N <- Nows],
    Bad = [fun() -> calendar:system_time_to_universal_time(-62167219201, second) end,
           fun() -> calendar:system_time_to_universal_time(1.5, second) end,
           fun() -> calendar:system_time_to_universal_time(0, minute) end,
           fun() -> calendar:now_to_datetime({a, 0, 0}) end,
           fun() -> calendar:now_to_datetime({-62168, 0, 0}) end],
    [io:format("bad ~p: ~p~n", [I, e(F)]) || {I, F} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    ok.

e(F) ->
    try F() catch C:R -> {C, R} end.
