#!/usr/bin/env escript
-module(cal_days).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:date_to_gregorian_days/1,3, gregorian_days_to_date/1 and
%% day_of_the_week/1,3 around year 0, century and leap-year boundaries, month ends and
%% far years; round trips over a range of days; errors (function_clause, if_clause,
%% badarith) for bad dates and day numbers.

main(_) ->
    Dates = [{0, 1, 1}, {0, 2, 29}, {0, 12, 31}, {1, 1, 1}, {4, 2, 29}, {100, 3, 1},
             {400, 2, 29}, {1582, 10, 15}, {1899, 12, 31}, {1900, 2, 28}, {1900, 3, 1},
             {1970, 1, 1}, {1999, 12, 31}, {2000, 2, 29}, {2000, 12, 31}, {2024, 2, 29},
             {2024, 3, 1}, {2100, 2, 28}, {9999, 12, 31}, {10000, 1, 1}, {123456, 7, 8}],
    [begin
         N = calendar:date_to_gregorian_days(D),
         io:format("~p: ~p ~p ~p~n", [D, N, calendar:gregorian_days_to_date(N),
                                      calendar:day_of_the_week(D)])
     end || D <- Dates],
    io:format("3-arity: ~p ~p~n", [calendar:date_to_gregorian_days(2020, 5, 17),
                                   calendar:day_of_the_week(2020, 5, 17)]),
    Bad = [d(fun() -> calendar:date_to_gregorian_days(2023, 2, 29) end),
           d(fun() -> calendar:date_to_gregorian_days(2023, 4, 31) end),
           d(fun() -> calendar:date_to_gregorian_days(2023, 13, 1) end),
           d(fun() -> calendar:date_to_gregorian_days(2023, 0, 1) end),
           d(fun() -> calendar:date_to_gregorian_days(2023, 1, 0) end),
           d(fun() -> calendar:date_to_gregorian_days(-1, 1, 1) end),
           d(fun() -> calendar:date_to_gregorian_days(2023, 1, 1.0) end),
           d(fun() -> calendar:date_to_gregorian_days(2023.0, 1, 1) end),
           d(fun() -> calendar:date_to_gregorian_days({2023, 1}) end),
           d(fun() -> calendar:date_to_gregorian_days(foo) end),
           d(fun() -> calendar:day_of_the_week(2023, 2, 30) end),
           d(fun() -> calendar:day_of_the_week({a, b, c}) end),
           d(fun() -> calendar:gregorian_days_to_date(-1) end),
           d(fun() -> calendar:gregorian_days_to_date(1.5) end),
           d(fun() -> calendar:gregorian_days_to_date(foo) end)],
    [io:format("bad ~p: ~p~n", [I, B]) || {I, B} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    Trip = [N || N <- lists:seq(0, 800000, 97),
                 calendar:date_to_gregorian_days(calendar:gregorian_days_to_date(N)) =/= N],
    io:format("round trips failing: ~p~n", [Trip]),
    Dow = [calendar:day_of_the_week(calendar:gregorian_days_to_date(N)) || N <- lists:seq(730000, 730013)],
    io:format("weekdays: ~p~n", [Dow]).

d(F) ->
    try F() catch C:R -> {C, R} end.
