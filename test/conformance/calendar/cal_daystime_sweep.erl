#!/usr/bin/env escript
-module(cal_daystime_sweep).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:seconds_to_daystime/1 and time_difference/2 over a sweep of
%% second counts both sides of zero, checked against each other and against
%% datetime_to_gregorian_seconds/1, with a digest and samples of the results.

main(_) ->
    Ss = [S * 7919 - 500000000 || S <- lists:seq(0, 126000, 97)],
    Dts = [calendar:seconds_to_daystime(S) || S <- Ss],
    Bad = [S || {S, {D, T}} <- lists:zip(Ss, Dts), D * 86400 + calendar:time_to_seconds(T) =/= S],
    io:format("inconsistent: ~p~n", [Bad]),
    io:format("digest: ~p~n", [erlang:phash2(Dts)]),
    io:format("samples: ~p~n", [lists:sublist(Dts, 1, 5) ++ lists:nthtail(length(Dts) - 3, Dts)]),
    Base = {{2000, 1, 1}, {12, 0, 0}},
    B0 = calendar:datetime_to_gregorian_seconds(Base),
    Diffs = [calendar:time_difference(Base, calendar:gregorian_seconds_to_datetime(B0 + D))
             || D <- [-86401, -86400, -1, 0, 1, 86399, 86400, 31536000, -31536000]],
    io:format("diffs: ~p~n", [Diffs]),
    ok.
