#!/usr/bin/env escript
-module(cal_rfc3339_format).
-export([main/1]).
-mode(compile).
%% Exercises: calendar:system_time_to_rfc3339/2 with explicit offsets (strings "Z",
%% "+02:00", "-05:30", integers in the time's unit), every unit (fractions padded, the
%% native unit shown in milliseconds), the time designator, negative times, the limits
%% of years 0..9999 and the errors beyond them and for bad options.

main(_) ->
    T = 1700000000,
    [io:format("~p: ~s~n", [O, calendar:system_time_to_rfc3339(T, O)])
     || O <- [[{offset, "Z"}], [{offset, "z"}], [{offset, "+02:00"}], [{offset, "-05:30"}],
              [{offset, "-03"}], [{offset, 3600}], [{offset, -5400}],
              [{offset, 0}], [{offset, 59}], [{offset, -59}], [{offset, "Z"}, {time_designator, $\s}],
              [{offset, "Z"}, {time_designator, $t}]]],
    [io:format("~p ~p: ~s~n", [U, X, calendar:system_time_to_rfc3339(X, [{unit, U}, {offset, "Z"}])])
     || {U, X} <- [{second, 0}, {millisecond, 1700000000123}, {millisecond, 1700000000001},
                   {microsecond, 1700000000000042}, {nanosecond, 1700000000123456789},
                   {millisecond, -1500}, {millisecond, -1}, {second, -1}, {microsecond, 5}]],
    io:format("ms offset: ~s~n", [calendar:system_time_to_rfc3339(1700000000123, [{unit, millisecond}, {offset, 7200000}])]),
    Native = erlang:convert_time_unit(1700000000123, millisecond, native),
    io:format("native: ~s~n", [calendar:system_time_to_rfc3339(Native, [{unit, native}, {offset, "Z"}])]),
    io:format("native offset: ~s~n", [calendar:system_time_to_rfc3339(Native, [{unit, native}, {offset, erlang:convert_time_unit(3600, second, native)}])]),
    io:format("min: ~s~n", [calendar:system_time_to_rfc3339(-62167219200, [{offset, "Z"}])]),
    io:format("max: ~s~n", [calendar:system_time_to_rfc3339(253402300799, [{offset, "Z"}])]),
    io:format("year 5: ~s~n", [calendar:system_time_to_rfc3339(-62000000000, [{offset, "Z"}])]),
    Bad = [fun() -> calendar:system_time_to_rfc3339(-62167219201, [{offset, "Z"}]) end,
           fun() -> calendar:system_time_to_rfc3339(253402300800, [{offset, "Z"}]) end,
           fun() -> calendar:system_time_to_rfc3339(253402300799, [{offset, "+01:00"}]) end,
           fun() -> calendar:system_time_to_rfc3339(0, [{unit, foo}, {offset, "Z"}]) end,
           fun() -> calendar:system_time_to_rfc3339(0, [{offset, foo}]) end,
           fun() -> calendar:system_time_to_rfc3339(0, [{offset, "+1"}]) end,
           fun() -> calendar:system_time_to_rfc3339(0, [{offset, "*01:00"}]) end,
           fun() -> calendar:system_time_to_rfc3339(0, [{offset, "+01:0"}]) end,
           fun() -> calendar:system_time_to_rfc3339(0, [{offset, "+0100"}]) end,
           fun() -> calendar:system_time_to_rfc3339(1.5, [{offset, "Z"}]) end,
           fun() -> calendar:system_time_to_rfc3339(0, foo) end],
    [io:format("bad ~p: ~p~n", [I, d(F)]) || {I, F} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    ok.

d(F) ->
    try F() catch C:R -> {C, R} end.
