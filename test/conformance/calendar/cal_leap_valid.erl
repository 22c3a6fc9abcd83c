#!/usr/bin/env escript
-module(cal_leap_valid).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:is_leap_year/1, last_day_of_the_month/2, valid_date/1,3 with good
%% and bad values, and which bad arguments raise function_clause and which give false.

main(_) ->
    io:format("leap: ~p~n", [[{Y, calendar:is_leap_year(Y)} || Y <- [0, 1, 4, 100, 200, 400, 1900, 2000, 2023, 2024, 2100, 2400]]]),
    io:format("last: ~p~n", [[calendar:last_day_of_the_month(Y, M) || {Y, M} <- [{2023, 1}, {2023, 2}, {2024, 2}, {1900, 2}, {2000, 2}, {2023, 4}, {2023, 6}, {2023, 9}, {2023, 11}, {2023, 12}, {0, 2}]]]),
    io:format("valid: ~p~n", [[calendar:valid_date(D) || D <- [{2024, 2, 29}, {2023, 2, 29}, {2023, 4, 31}, {2023, 13, 1}, {2023, 0, 1}, {2023, 1, 0}, {-1, 1, 1}, {0, 1, 1}, {2023, 12, 31}, {2023, -1, 5}]]]),
    io:format("valid/3: ~p ~p~n", [calendar:valid_date(2020, 2, 29), calendar:valid_date(2021, 2, 29)]),
    Bad = [fun() -> calendar:is_leap_year(-4) end,
           fun() -> calendar:is_leap_year(2000.0) end,
           fun() -> calendar:is_leap_year(foo) end,
           fun() -> calendar:last_day_of_the_month(2023, 13) end,
           fun() -> calendar:last_day_of_the_month(2023, 0) end,
           fun() -> calendar:last_day_of_the_month(-1, 1) end,
           fun() -> calendar:last_day_of_the_month(2023, 2.0) end,
           fun() -> calendar:last_day_of_the_month(2023.0, 2) end,
           fun() -> calendar:valid_date(2023, 1, 1.0) end,
           fun() -> calendar:valid_date({2023, 1}) end,
           fun() -> calendar:valid_date(foo) end,
           fun() -> calendar:valid_date(a, b, c) end],
    [io:format("bad ~p: ~p~n", [I, d(F)]) || {I, F} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    ok.

d(F) ->
    try F() catch C:R -> {C, R} end.
