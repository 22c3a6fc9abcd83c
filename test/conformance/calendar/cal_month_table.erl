#!/usr/bin/env escript
-module(cal_month_table).
-export([main/1]).
-mode(compile).
%% Exercises: calendar arithmetic over whole years: days per year from the gregorian day
%% numbers (400-year cycle), how often the 13th falls on each weekday, the weekday of
%% New Year, and gregorian_days_to_date/1 across every month end of two years.

main(_) ->
    YearLens = [calendar:date_to_gregorian_days(Y + 1, 1, 1) - calendar:date_to_gregorian_days(Y, 1, 1)
                || Y <- lists:seq(1600, 1999)],
    io:format("days in 400 years: ~p, leap years: ~p~n", [lists:sum(YearLens), length([L || L <- YearLens, L =:= 366])]),
    Thirteens = [calendar:day_of_the_week(Y, M, 13) || Y <- lists:seq(2000, 2399), M <- lists:seq(1, 12)],
    io:format("13ths by weekday: ~p~n", [[length([D || D <- Thirteens, D =:= W]) || W <- lists:seq(1, 7)]]),
    io:format("new years: ~p~n", [[calendar:day_of_the_week(Y, 1, 1) || Y <- lists:seq(1995, 2010)]]),
    Ends = [calendar:gregorian_days_to_date(calendar:date_to_gregorian_days(Y, M, calendar:last_day_of_the_month(Y, M)) + 1)
            || Y <- [1900, 2000], M <- lists:seq(1, 12)],
    io:format("after month ends: ~p~n", [Ends]),
    io:format("secs of days: ~p~n", [[calendar:gregorian_seconds_to_datetime(S) || S <- [86399, 86400, 31622399, 31622400, 63113903999]]]).
