#!/usr/bin/env escript
-module(cal_rfc3339_units).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:system_time_to_rfc3339/2 and rfc3339_to_system_time/2 round
%% trips in millisecond, microsecond and nanosecond units over times from year 0 to
%% 9999 and offsets of whole and odd minutes, with the strings for a few of them.

main(_) ->
    Secs = [-62167219200, -2208988800, -1, 0, 1, 951782400, 1700000000, 4102444800, 253402300799],
    Units = [{millisecond, 1000, 123}, {microsecond, 1000000, 654321}, {nanosecond, 1000000000, 7}],
    Offsets = ["Z", "+00:00", "+05:45", "-09:30", "+14:00"],
    Fails = [{S, U, O} || S <- Secs, {U, F, Frac} <- Units, O <- Offsets,
                          T <- [S * F + Frac],
                          in_range(T, F, O),
                          calendar:rfc3339_to_system_time(calendar:system_time_to_rfc3339(T, [{unit, U}, {offset, O}]), [{unit, U}]) =/= T],
    io:format("round trips failing: ~p~n", [Fails]),
    [io:format("~s~n", [calendar:system_time_to_rfc3339(S * F + Frac, [{unit, U}, {offset, O}])])
     || S <- [0, 1700000000], {U, F, Frac} <- Units, O <- ["Z", "-09:30"]],
    ok.

%% Times whose local date stays within years 0..9999.
in_range(T, F, O) ->
    Local = T div F + offset(O),
    Local >= -62167219200 andalso Local < 253402300800 andalso T >= 0.

offset("Z") -> 0;
offset([S, H1, H2, $:, M1, M2]) ->
    V = list_to_integer([H1, H2]) * 3600 + list_to_integer([M1, M2]) * 60,
    case S of $+ -> V; $- -> -V end.
