#!/usr/bin/env escript
-module(cal_iso_week).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:iso_week_number/1 around new year (weeks 52 and 53 of the year
%% before, week 1 of the next), a whole year's first days, and iso_week_number/0 (shape
%% only); errors.

main(_) ->
    Dates = [{2004, 12, 31}, {2005, 1, 1}, {2005, 1, 2}, {2005, 1, 3}, {2007, 12, 31},
             {2008, 12, 29}, {2008, 12, 28}, {2009, 12, 31}, {2010, 1, 3}, {2010, 1, 4},
             {2015, 12, 31}, {2016, 1, 1}, {2020, 12, 31}, {2021, 1, 3}, {2021, 1, 4},
             {2026, 12, 31}, {2027, 1, 1}, {1, 1, 1}, {9999, 12, 31}, {2024, 6, 15}],
    [io:format("~p: ~p~n", [D, calendar:iso_week_number(D)]) || D <- Dates],
    Jan = [calendar:iso_week_number({Y, 1, D}) || Y <- [2022, 2023], D <- [1, 2, 3, 4, 5, 6, 7, 8]],
    io:format("januaries: ~p~n", [Jan]),
    Weeks = lists:usort([element(2, calendar:iso_week_number(calendar:gregorian_days_to_date(N)))
                         || N <- lists:seq(738000, 738800)]),
    io:format("weeks seen: ~p~n", [Weeks]),
    {Y0, W0} = calendar:iso_week_number(),
    io:format("now: ~p~n", [is_integer(Y0) andalso W0 >= 1 andalso W0 =< 53]),
    Bad = [fun() -> calendar:iso_week_number({2023, 2, 30}) end,
           fun() -> calendar:iso_week_number({2023, 2}) end,
           fun() -> calendar:iso_week_number(foo) end,
           fun() -> calendar:iso_week_number({0, 1, 1}) end],
    [io:format("bad ~p: ~p~n", [I, d(F)]) || {I, F} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    ok.

d(F) ->
    try F() catch C:R -> {C, R} end.
