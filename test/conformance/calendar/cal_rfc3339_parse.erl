#!/usr/bin/env escript
-module(cal_rfc3339_parse).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:rfc3339_to_system_time/1,2: zones Z/z/+HH:MM/-HH/-HH:MM, any
%% date-time separator, fractions in every unit (rounded, sign copied for times before
%% 1970), unchecked time fields, round trips with system_time_to_rfc3339/2, and the
%% errors: bad shapes (badmatch), non-digits (badarg), bad dates, bad zones, years
%% out of range ({badarg, [String, Options]}).

main(_) ->
    Ss = ["2023-11-14T22:13:20Z", "2023-11-14t22:13:20z", "2023-11-14 22:13:20+01:00",
          "2023-11-14T22:13:20-05:30", "2023-11-14T22:13:20-05", "1970-01-01T00:00:00Z",
          "1969-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
          "2024-02-29T12:00:00.5Z", "2023-01-01T25:61:61Z"],
    [io:format("~s: ~p~n", [S, calendar:rfc3339_to_system_time(S)]) || S <- Ss],
    F = "2023-11-14T22:13:20.123456789+02:00",
    [io:format("~p: ~p~n", [U, calendar:rfc3339_to_system_time(F, [{unit, U}])])
     || U <- [second, millisecond, microsecond, nanosecond]],
    io:format("neg ms: ~p~n", [calendar:rfc3339_to_system_time("1969-12-31T23:59:59.250Z", [{unit, millisecond}])]),
    io:format("neg ms2: ~p~n", [calendar:rfc3339_to_system_time("1960-06-01T00:00:00.5Z", [{unit, millisecond}])]),
    io:format("round: ~p ~p~n", [calendar:rfc3339_to_system_time("2000-01-01T00:00:00.0005Z", [{unit, millisecond}]),
                                 calendar:rfc3339_to_system_time("2000-01-01T00:00:00.0004Z", [{unit, millisecond}])]),
    io:format("native: ~p~n", [calendar:rfc3339_to_system_time("2000-01-01T00:00:00.25Z", [{unit, native}]) =:=
                                   erlang:convert_time_unit(946684800250, millisecond, native)]),
    Trip = [X || X <- [0, 1, 999999999, 1700000000, -1000000, 253402300799, -62167190000],
                 calendar:rfc3339_to_system_time(calendar:system_time_to_rfc3339(X, [{offset, "-07:00"}])) =/= X],
    io:format("round trips failing: ~p~n", [Trip]),
    Bad = ["2023-11-14", "2023/11/14T22:13:20Z", "2023-11-14T22:13:20", "2023-1a-14T22:13:20Z",
           "2023-02-30T00:00:00Z", "2023-13-01T00:00:00Z", "2023-11-14T22:13:20+1",
           "2023-11-14T22:13:20*01:00", "2023-11-14T22:13:20+01:0", "2023-11-14T22:13:20+01:00x",
           "9999-12-31T23:59:59-01:00", "0000-01-01T00:00:00+01:00", "2023-11-14T22:13:20.Z",
           <<"2023-11-14T22:13:20Z">>, foo],
    [io:format("bad ~p: ~p~n", [S, d(fun() -> calendar:rfc3339_to_system_time(S) end)]) || S <- Bad],
    io:format("bad unit: ~p~n", [d(fun() -> calendar:rfc3339_to_system_time("2023-11-14T22:13:20Z", [{unit, foo}]) end)]),
    io:format("bad unit frac: ~p~n", [d(fun() -> calendar:rfc3339_to_system_time("2023-11-14T22:13:20.5Z", [{unit, foo}]) end)]),
    ok.

d(F) ->
    try F() catch C:R -> {C, R} end.
