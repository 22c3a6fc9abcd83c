#!/usr/bin/env escript
-module(cal_clock).
-export([main/1]).
-mode(compile).
%% Exercises: the clock and time-zone functions (shapes only, never the values):
%% calendar:local_time/0, universal_time/0, the conversions between local and universal
%% time and their agreement, now_to_datetime/1, now_to_local_time/1,
%% system_time_to_local_time/2, system_time_to_rfc3339/1 with the host's zone; the
%% erlang BIFs under them and their badarg for bad datetimes; fixed `now` values.

main(_) ->
    L = calendar:local_time(),
    U = calendar:universal_time(),
    io:format("local: ~p universal: ~p~n", [valid(L), valid(U)]),
    io:format("close: ~p~n", [abs(calendar:datetime_to_gregorian_seconds(calendar:local_time_to_universal_time(L, undefined))
                                  - calendar:datetime_to_gregorian_seconds(U)) < 5]),
    io:format("back: ~p~n", [calendar:universal_time_to_local_time(calendar:local_time_to_universal_time(L, undefined)) =:= L]),
    io:format("dst: ~p~n", [case calendar:local_time_to_universal_time_dst(L) of
                                [X] -> valid(X);
                                [X, Y] -> valid(X) andalso valid(Y);
                                [] -> empty
                            end]),
    io:format("dst2: ~p~n", [valid(calendar:local_time_to_universal_time(L, false))]),
    Now = erlang:timestamp(),
    io:format("now: ~p ~p~n", [valid(calendar:now_to_datetime(Now)), valid(calendar:now_to_local_time(Now))]),
    io:format("now univ: ~p~n", [calendar:now_to_universal_time(Now) =:= calendar:now_to_datetime(Now)]),
    io:format("fixed now: ~p~n", [[calendar:now_to_datetime(N) || N <- [{0, 0, 0}, {1700, 123456, 999999}, {0, 86399, 0}, {253402, 300799, 0}]]]),
    io:format("system: ~p~n", [[calendar:system_time_to_universal_time(T, Unit)
                                || {T, Unit} <- [{0, second}, {1700000000123, millisecond}, {-1, second}, {-1, millisecond}, {1700000000123456, microsecond}]]]),
    io:format("system local: ~p~n", [valid(calendar:system_time_to_local_time(erlang:system_time(), native))]),
    R = calendar:system_time_to_rfc3339(erlang:system_time(second)),
    io:format("rfc3339: ~p ~p~n", [length(R), lists:nth(11, R)]),
    Ru = calendar:rfc3339_to_system_time(R),
    io:format("rfc3339 back: ~p~n", [abs(Ru - erlang:system_time(second)) < 5]),
    Bad = [fun() -> calendar:local_time_to_universal_time({{2023, 2, 30}, {0, 0, 0}}, undefined) end,
           fun() -> calendar:local_time_to_universal_time({{2023, 2, 3}, {24, 0, 0}}, undefined) end,
           fun() -> calendar:local_time_to_universal_time({{1901, 1, 1}, {0, 0, 0}}, undefined) end,
           fun() -> calendar:local_time_to_universal_time({{2023, 1, 1}, {0, 0, 0}}, foo) end,
           fun() -> calendar:universal_time_to_local_time({{2023, 13, 1}, {0, 0, 0}}) end,
           fun() -> calendar:universal_time_to_local_time({{2023, 1, 1}, {0, 0, 60}}) end,
           fun() -> calendar:universal_time_to_local_time(foo) end,
           fun() -> calendar:now_to_datetime({1, 2}) end,
           fun() -> calendar:now_to_datetime({-100000, 0, 0}) end,
           fun() -> calendar:system_time_to_universal_time(0, foo) end,
           fun() -> calendar:system_time_to_universal_time(-62167219201, second) end],
    [io:format("bad ~p: ~p~n", [I, d(F)]) || {I, F} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    ok.

valid({{Y, Mo, D}, {H, Mi, S}} = DT) when is_integer(H), is_integer(Mi), is_integer(S) ->
    calendar:valid_date(Y, Mo, D) andalso H >= 0 andalso H < 24 andalso Mi >= 0 andalso
        Mi < 60 andalso S >= 0 andalso S < 60 andalso DT > {{2000, 1, 1}, {0, 0, 0}};
valid(_) -> false.

d(F) ->
    try F() catch C:R -> {C, R} end.
