#!/usr/bin/env escript
-module(sys_clocks).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:date/0, time/0, localtime/0, universaltime/0 shapes and the calendar conversions with bad arguments

main(_) ->
    {Y, Mo, D} = date(),
    {H, Mi, S} = time(),
    p({date_ok, Y >= 2024, Mo >= 1, Mo =< 12, D >= 1, D =< 31}),
    p({time_ok, H >= 0, H =< 23, Mi >= 0, Mi =< 59, S >= 0, S =< 59}),
    {{_, _, _}, {_, _, _}} = erlang:localtime(),
    {{UY, _, _}, {_, _, _}} = erlang:universaltime(),
    p({universal_year_ok, UY >= 2024}),
    p(erlang:universaltime_to_posixtime({{2024, 1, 1}, {0, 0, 0}})),
    p(erlang:universaltime_to_posixtime({{1970, 1, 1}, {0, 0, 0}})),
    p(erlang:universaltime_to_posixtime({{2000, 2, 29}, {23, 59, 59}})),
    p(erlang:posixtime_to_universaltime(0)),
    p(erlang:posixtime_to_universaltime(1700000000)),
    p(erlang:posixtime_to_universaltime(-86400)),
    Local = erlang:universaltime_to_localtime({{2024, 6, 15}, {12, 0, 0}}),
    p({round_trip, erlang:localtime_to_universaltime(Local) =:= {{2024, 6, 15}, {12, 0, 0}}}),
    p({with_dst_flag, erlang:localtime_to_universaltime(Local, false) =:= erlang:localtime_to_universaltime(Local)}),
    p(e(catch erlang:localtime_to_universaltime({{2024, 13, 1}, {0, 0, 0}}))),
    p(e(catch erlang:localtime_to_universaltime({{2023, 2, 29}, {0, 0, 0}}))),
    p(e(catch erlang:universaltime_to_localtime(foo))),
    p(e(catch erlang:universaltime_to_localtime({{2024, 1, 1}, {24, 0, 0}}))),
    p(e(catch erlang:universaltime_to_posixtime({{2024, 1, 1}, {0, 60, 0}}))),
    p(e(catch erlang:posixtime_to_universaltime(1.5))),
    p([posix_year(Yr) || Yr <- [80, 1599, 1600, 1800, 9999, 100000]]).

%% universaltime_to_posixtime takes years from 1600 on.
posix_year(Yr) ->
    case catch erlang:universaltime_to_posixtime({{Yr, 1, 1}, {0, 0, 0}}) of
        {'EXIT', {R, _}} -> {Yr, R};
        S -> {Yr, S}
    end.

e({'EXIT', {R, [Top | _]}}) -> {R, Top};
e(X) -> X.

p(X) -> io:format("~p~n", [X]).
