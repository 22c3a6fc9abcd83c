#!/usr/bin/env escript
-module(cal_valid_sweep).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:valid_date/3 over a grid of years, months -1..14 and days -1..32
%% (counts of valid dates per year), agreement with last_day_of_the_month/2 and with
%% date_to_gregorian_days/3 succeeding, for leap and common years.

main(_) ->
    Years = [0, 1, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 9999],
    [begin
         Valid = [{M, D} || M <- lists:seq(-1, 14), D <- lists:seq(-1, 32), calendar:valid_date(Y, M, D)],
         Agree = lists:all(fun({M, D}) -> D =< calendar:last_day_of_the_month(Y, M) end, Valid),
         Days = lists:all(fun({M, D}) -> is_integer(calendar:date_to_gregorian_days(Y, M, D)) end, Valid),
         io:format("~p: ~p ~p ~p~n", [Y, length(Valid), Agree, Days])
     end || Y <- Years],
    io:format("neg year: ~p~n", [[calendar:valid_date(-1, M, 1) || M <- [1, 2]]]),
    ok.
