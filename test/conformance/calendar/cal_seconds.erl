#!/usr/bin/env escript
-module(cal_seconds).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:datetime_to_gregorian_seconds/1, gregorian_seconds_to_datetime/1,
%% time_to_seconds/1, seconds_to_time/1, seconds_to_daystime/1 (negative too) and
%% time_difference/2 (both directions, across years); their errors.

main(_) ->
    DTs = [{{0, 1, 1}, {0, 0, 0}}, {{1970, 1, 1}, {0, 0, 0}}, {{2000, 2, 29}, {23, 59, 59}},
           {{2038, 1, 19}, {3, 14, 8}}, {{9999, 12, 31}, {23, 59, 59}},
           {{2020, 6, 15}, {25, 61, 61}}],
    [begin
         S = calendar:datetime_to_gregorian_seconds(DT),
         io:format("~p: ~p ~p~n", [DT, S, calendar:gregorian_seconds_to_datetime(S)])
     end || DT <- DTs],
    io:format("times: ~p~n", [[calendar:time_to_seconds(T) || T <- [{0, 0, 0}, {23, 59, 59}, {1, 2, 3}, {-1, 0, 0}, {100, 0, 0}]]]),
    io:format("secs: ~p~n", [[calendar:seconds_to_time(S) || S <- [0, 1, 59, 60, 3599, 3600, 86399]]]),
    io:format("daystime: ~p~n", [[calendar:seconds_to_daystime(S)
                                  || S <- [0, 86399, 86400, 100000, -1, -86400, -86401, -1000000]]]),
    A = {{2023, 12, 31}, {23, 0, 0}},
    B = {{2024, 3, 1}, {1, 30, 15}},
    io:format("diff: ~p ~p ~p~n", [calendar:time_difference(A, B), calendar:time_difference(B, A),
                                   calendar:time_difference(A, A)]),
    Bad = [fun() -> calendar:gregorian_seconds_to_datetime(-1) end,
           fun() -> calendar:gregorian_seconds_to_datetime(1.0) end,
           fun() -> calendar:datetime_to_gregorian_seconds({{2023, 2, 29}, {0, 0, 0}}) end,
           fun() -> calendar:datetime_to_gregorian_seconds({{2023, 2, 1}, {0, 0, a}}) end,
           fun() -> calendar:datetime_to_gregorian_seconds({2023, 2, 1}) end,
           fun() -> calendar:time_to_seconds({1, 2}) end,
           fun() -> calendar:time_to_seconds({1, 2, 3.0}) end,
           fun() -> calendar:seconds_to_time(86400) end,
           fun() -> calendar:seconds_to_time(-1) end,
           fun() -> calendar:seconds_to_time(5.0) end,
           fun() -> calendar:seconds_to_time(foo) end,
           fun() -> calendar:seconds_to_daystime(1.5) end,
           fun() -> calendar:time_difference({2023, 1, 1}, {{2023, 1, 1}, {0, 0, 0}}) end,
           fun() -> calendar:time_difference({{2023, 1, 1}, {0, 0, 0}}, {{2023, 1, 32}, {0, 0, 0}}) end],
    [io:format("bad ~p: ~p~n", [I, d(F)]) || {I, F} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    ok.

d(F) ->
    try F() catch C:R -> {C, R} end.
