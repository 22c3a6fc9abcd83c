%% calendar: dates and times in the proleptic Gregorian calendar, erlts's own
%% implementation of OTP 25's module.
%%
%% Day 0 is {0,1,1} (year 0 is a leap year) and second 0 is its midnight. System time
%% counts from 1970-01-01T00:00:00Z. Conversions to and from the host's time zone go
%% through the erlang BIFs localtime/0, universaltime/0, localtime_to_universaltime/1,2
%% and universaltime_to_localtime/1 (runtime/bifs/calendar.ts).
%%
%% OTP's calendar checks arguments with guards, so bad arguments fail with
%% function_clause, a day beyond the end of its month with if_clause, non-numbers in
%% arithmetic with badarith, and RFC 3339 text that does not parse with badmatch or
%% badarg; a system time outside years 0..9999 with {badarg, [Arg, Options]}. The
%% clauses below are arranged so that the same arguments fail the same way.
-module(calendar).

-export([date_to_gregorian_days/1, date_to_gregorian_days/3,
         datetime_to_gregorian_seconds/1, day_of_the_week/1, day_of_the_week/3,
         gregorian_days_to_date/1, gregorian_seconds_to_datetime/1, is_leap_year/1,
         iso_week_number/0, iso_week_number/1, last_day_of_the_month/2,
         local_time/0, local_time_to_universal_time/1, local_time_to_universal_time/2,
         local_time_to_universal_time_dst/1, now_to_datetime/1, now_to_local_time/1,
         now_to_universal_time/1, rfc3339_to_system_time/1, rfc3339_to_system_time/2,
         seconds_to_daystime/1, seconds_to_time/1, system_time_to_local_time/2,
         system_time_to_universal_time/2, system_time_to_rfc3339/1,
         system_time_to_rfc3339/2, time_difference/2, time_to_seconds/1,
         universal_time/0, universal_time_to_local_time/1, valid_date/1, valid_date/3]).

-define(DAY, 86400).
%% Days and seconds from {0,1,1} to 1970-01-01, and to 10000-01-01.
-define(DAYS_TO_1970, 719528).
-define(SECS_TO_1970, 62167219200).
-define(SECS_TO_10000, 253402300800).

%% ---- days -------------------------------------------------------------------

date_to_gregorian_days({Y, M, D}) -> date_to_gregorian_days(Y, M, D).

date_to_gregorian_days(Y, M, D) when is_integer(D), D > 0 ->
    Last = last_day_of_the_month(Y, M),
    if
        D =< Last -> days_before_year(Y) + days_before_month(Y, M) + D - 1
    end.

%% Days from {0,1,1} to the first of January of year Y.
days_before_year(Y) when Y =< 0 -> 0;
days_before_year(Y) ->
    P = Y - 1,
    366 + P * 365 + P div 4 - P div 100 + P div 400.

days_before_month(Y, M) ->
    Before = element(M, {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}),
    case M > 2 andalso is_leap_year(Y) of
        true -> Before + 1;
        false -> Before
    end.

gregorian_days_to_date(Days) ->
    {Y, DayOfYear} = year_of_day(Days),
    {M, D} = month_of_day(DayOfYear, leap_days(Y)),
    {Y, M, D}.

%% The year holding day Days and the day's index in it (0-based). Starts from an
%% estimate a year or so off and steps to the right year.
year_of_day(Days) when Days >= 0 ->
    Y = year_near(Days, Days * 400 div 146097),
    {Y, Days - days_before_year(Y)}.

year_near(Days, Y) ->
    case days_before_year(Y) of
        Start when Start > Days -> year_near(Days, Y - 1);
        _ ->
            case days_before_year(Y + 1) =< Days of
                true -> year_near(Days, Y + 1);
                false -> Y
            end
    end.

leap_days(Y) ->
    case is_leap_year(Y) of
        true -> 1;
        false -> 0
    end.

%% {Month, Day} of the 0-based day N of a year with Leap (0 or 1) extra days.
month_of_day(N, _Leap) when N < 31 -> {1, N + 1};
month_of_day(N, Leap) when N < 59 + Leap -> {2, N - 30};
month_of_day(N, Leap) -> month_of_day(N - Leap, 3, [59, 90, 120, 151, 181, 212, 243, 273, 304, 334]).

month_of_day(N, M, [_, Next | Rest]) when N >= Next -> month_of_day(N, M + 1, [Next | Rest]);
month_of_day(N, M, [Start | _]) -> {M, N - Start + 1}.

day_of_the_week({Y, M, D}) -> day_of_the_week(Y, M, D).

%% {0,1,1} was a Saturday (6); Monday is 1.
day_of_the_week(Y, M, D) -> (date_to_gregorian_days(Y, M, D) + 5) rem 7 + 1.

is_leap_year(Y) when is_integer(Y), Y >= 0 ->
    (Y rem 4 =:= 0 andalso Y rem 100 > 0) orelse Y rem 400 =:= 0.

last_day_of_the_month(Y, M) when is_integer(Y), Y >= 0 -> last_day(Y, M).

last_day(_, M) when M =:= 4; M =:= 6; M =:= 9; M =:= 11 -> 30;
last_day(Y, 2) ->
    case is_leap_year(Y) of
        true -> 29;
        false -> 28
    end;
last_day(_, M) when is_integer(M), M > 0, M < 13 -> 31.

valid_date({Y, M, D}) -> valid_date(Y, M, D).

valid_date(Y, M, D) when is_integer(Y), is_integer(M), is_integer(D) ->
    if
        Y >= 0, M > 0, M < 13, D > 0 -> D =< last_day_of_the_month(Y, M);
        true -> false
    end.

%% ISO 8601 weeks: week 1 is the week (Monday first) holding the year's first Thursday.
iso_week_number() ->
    {Date, _} = local_time(),
    iso_week_number(Date).

iso_week_number({Y, M, D}) ->
    Day = date_to_gregorian_days({Y, M, D}),
    Week1 = iso_week1_monday(Y),
    Week1Next = iso_week1_monday(Y + 1),
    if
        Day < Week1 -> {Y - 1, weeks_in(Y - 1)};
        Day >= Week1Next -> {Y + 1, 1};
        true -> {Y, (Day - Week1) div 7 + 1}
    end.

%% The day number of the Monday of week 1 of year Y.
iso_week1_monday(Y) ->
    Jan1 = date_to_gregorian_days(Y, 1, 1),
    case day_of_the_week(Y, 1, 1) of
        Dow when Dow =< 4 -> Jan1 - Dow + 1;
        Dow -> Jan1 + 8 - Dow
    end.

%% A year has 53 weeks when it starts or ends on a Thursday.
weeks_in(Y) ->
    case {day_of_the_week(Y, 1, 1), day_of_the_week(Y, 12, 31)} of
        {4, _} -> 53;
        {_, 4} -> 53;
        _ -> 52
    end.

%% ---- seconds ----------------------------------------------------------------

datetime_to_gregorian_seconds({Date, Time}) ->
    Days = date_to_gregorian_days(Date),
    ?DAY * Days + time_to_seconds(Time).

gregorian_seconds_to_datetime(Secs) when Secs >= 0 ->
    Days = Secs div ?DAY,
    Rest = Secs rem ?DAY,
    {gregorian_days_to_date(Days), seconds_to_time(Rest)}.

time_to_seconds({H, M, S}) when is_integer(H), is_integer(M), is_integer(S) ->
    H * 3600 + M * 60 + S.

seconds_to_time(Secs) when Secs >= 0, Secs < ?DAY ->
    {Secs div 3600, Secs rem 3600 div 60, Secs rem 60}.

%% {Days, Time} with 0 =< Time < 24h: Days is negative for negative Secs.
seconds_to_daystime(Secs) ->
    Days = Secs div ?DAY,
    case Secs rem ?DAY of
        Rest when Rest < 0 -> {Days - 1, seconds_to_time(Rest + ?DAY)};
        Rest -> {Days, seconds_to_time(Rest)}
    end.

time_difference({{Y1, Mo1, D1}, {H1, Mi1, S1}}, {{Y2, Mo2, D2}, {H2, Mi2, S2}}) ->
    To = datetime_to_gregorian_seconds({{Y2, Mo2, D2}, {H2, Mi2, S2}}),
    From = datetime_to_gregorian_seconds({{Y1, Mo1, D1}, {H1, Mi1, S1}}),
    seconds_to_daystime(To - From).

%% ---- the clock and the time zone --------------------------------------------------

local_time() -> erlang:localtime().

universal_time() -> erlang:universaltime().

local_time_to_universal_time(DateTime) -> erlang:localtime_to_universaltime(DateTime).

local_time_to_universal_time(DateTime, IsDst) ->
    erlang:localtime_to_universaltime(DateTime, IsDst).

%% The universal times a local time can stand for: none in a gap of a switch to summer
%% time, two in the repeated hour of the switch back, else one.
local_time_to_universal_time_dst(DateTime) ->
    UtDst = erlang:localtime_to_universaltime(DateTime, true),
    Ut = erlang:localtime_to_universaltime(DateTime, false),
    case {erlang:universaltime_to_localtime(UtDst), erlang:universaltime_to_localtime(Ut)} of
        {DateTime, DateTime} when UtDst =/= Ut -> [UtDst, Ut];
        {DateTime, _} -> [UtDst];
        {_, DateTime} -> [Ut];
        _ -> []
    end.

universal_time_to_local_time(DateTime) -> erlang:universaltime_to_localtime(DateTime).

now_to_datetime({MegaSecs, Secs, _MicroSecs}) -> from_system_secs(MegaSecs * 1000000 + Secs).

now_to_universal_time(Now) -> now_to_datetime(Now).

now_to_local_time({MegaSecs, Secs, MicroSecs}) ->
    erlang:universaltime_to_localtime(now_to_universal_time({MegaSecs, Secs, MicroSecs})).

system_time_to_universal_time(Time, Unit) ->
    from_system_secs(erlang:convert_time_unit(Time, Unit, second)).

system_time_to_local_time(Time, Unit) ->
    erlang:universaltime_to_localtime(system_time_to_universal_time(Time, Unit)).

from_system_secs(Secs) -> gregorian_seconds_to_datetime(Secs + ?SECS_TO_1970).

to_system_secs(DateTime) -> datetime_to_gregorian_seconds(DateTime) - ?SECS_TO_1970.

%% ---- RFC 3339 ---------------------------------------------------------------------

rfc3339_to_system_time(String) -> rfc3339_to_system_time(String, []).

%% "YYYY-MM-DD?HH:MM:SS[.frac](Z|z|+HH[:MM]|-HH[:MM])"; the separator may be any
%% character. The fraction counts only for units finer than seconds.
rfc3339_to_system_time(String, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    [Y1, Y2, Y3, Y4, $-, Mo1, Mo2, $-, D1, D2, _Sep, H1, H2, $:, Mi1, Mi2, $:, S1, S2 | Rest] =
        String,
    Time = {list_to_integer([H1, H2]), list_to_integer([Mi1, Mi2]), list_to_integer([S1, S2])},
    Date = {list_to_integer([Y1, Y2, Y3, Y4]), list_to_integer([Mo1, Mo2]),
            list_to_integer([D1, D2])},
    {Fraction, Zone} = lists:splitwith(fun(C) -> (C >= $0 andalso C =< $9) orelse C =:= $. end,
                                       Rest),
    Local = to_system_secs({Date, Time}),
    Secs = Local - zone_secs(Zone),
    in_range(String, Options, Secs),
    Scaled = erlang:convert_time_unit(Secs, second, Unit),
    Frac = fraction(Unit, Fraction),
    if
        Scaled < 0 -> Scaled - Frac;
        true -> Scaled + Frac
    end.

%% The offset of a zone designator, in seconds east of UTC.
zone_secs("Z") -> 0;
zone_secs("z") -> 0;
zone_secs(Zone) ->
    [Sign, H1, H2 | Minutes] = Zone,
    H = list_to_integer([H1, H2]),
    M = case Minutes of
            [$:, M1, M2] -> list_to_integer([M1, M2]);
            [] -> 0
        end,
    case Sign of
        $- -> -(H * 3600 + M * 60);
        $+ -> H * 3600 + M * 60
    end.

fraction(second, _) -> 0;
fraction(_, "") -> 0;
fraction(Unit, Digits) -> round(factor(Unit) * list_to_float([$0 | Digits])).

in_range(_Arg, _Options, Secs) when Secs >= -?SECS_TO_1970, Secs < ?SECS_TO_10000 -> ok;
in_range(Arg, Options, _Secs) -> erlang:error({badarg, [Arg, Options]}).

system_time_to_rfc3339(Time) -> system_time_to_rfc3339(Time, []).

%% Options: {unit, second | millisecond | microsecond | nanosecond | native} (native is
%% shown in milliseconds), {offset, "" (the host's zone, the default) | "Z" | "+HH:MM" ...
%% | Integer (in Unit)}, {time_designator, Char}.
system_time_to_rfc3339(Time, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    Offset = proplists:get_value(offset, Options, ""),
    case Unit of
        native ->
            Ms = erlang:convert_time_unit(Time, native, millisecond),
            MsOffset = case is_integer(Offset) of
                           true -> erlang:convert_time_unit(Offset, native, millisecond);
                           false -> Offset
                       end,
            to_rfc3339(Ms, Options, millisecond, MsOffset);
        _ ->
            to_rfc3339(Time, Options, Unit, Offset)
    end.

to_rfc3339(Time, Options, Unit, Offset) ->
    Sep = proplists:get_value(time_designator, Options, $T),
    ShiftSecs = shift_secs(Time, Unit, Offset),
    Zone = zone_text(Offset, ShiftSecs),
    Shifted = Time + erlang:convert_time_unit(ShiftSecs, second, Unit),
    Factor = factor(Unit),
    Secs = Shifted div Factor,
    in_range(Time, Options, Secs),
    {{Y, Mo, D}, {H, Mi, S}} = from_system_secs(Secs),
    lists:append([pad(4, Y), "-", pad(2, Mo), "-", pad(2, D), [Sep],
                  pad(2, H), ":", pad(2, Mi), ":", pad(2, S),
                  fraction_text(Factor, Shifted), Zone]).

%% Seconds to add to UTC for the wanted zone.
shift_secs(Time, Unit, "") ->
    Utc = system_time_to_universal_time(Time, Unit),
    datetime_to_gregorian_seconds(erlang:universaltime_to_localtime(Utc))
        - datetime_to_gregorian_seconds(Utc);
shift_secs(_Time, _Unit, Zone) when is_list(Zone) -> zone_secs(Zone);
shift_secs(_Time, Unit, Offset) when is_integer(Offset) ->
    erlang:convert_time_unit(Offset, Unit, second).

%% The zone as written: a given string as it is, else +HH:MM / -HH:MM.
zone_text(Offset, Secs) when Offset =:= ""; is_integer(Offset) ->
    Sign = case Secs < 0 of
               true -> $-;
               false -> $+
           end,
    A = abs(Secs),
    [Sign | pad(2, A div 3600) ++ ":" ++ pad(2, A rem 3600 div 60)];
zone_text(Offset, _Secs) -> Offset.

factor(second) -> 1;
factor(millisecond) -> 1000;
factor(microsecond) -> 1000000;
factor(nanosecond) -> 1000000000;
factor(native) -> erlang:convert_time_unit(1, second, native).

fraction_text(1, _Time) -> "";
fraction_text(Factor, Time) ->
    Digits = integer_to_list(abs(Time rem Factor)),
    Width = case Factor of
                1000 -> 3;
                1000000 -> 6;
                1000000000 -> 9
            end,
    [$. | lists:duplicate(Width - length(Digits), $0) ++ Digits].

pad(Width, N) ->
    S = integer_to_list(N),
    case length(S) < Width of
        true -> lists:duplicate(Width - length(S), $0) ++ S;
        false -> S
    end.
