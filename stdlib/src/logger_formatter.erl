%% logger_formatter: OTP's default log event formatter, written for erlts.
%%
%% format(Event, Config) turns a log event into chardata by walking a template: plain
%% strings are copied, atoms (or paths of atoms) are looked up in the metadata, `msg`
%% is the formatted message, `level` the level, {Key, IfSet, Else} a conditional.
%% With legacy_header => true the default template is OTP's
%% "=TITLE REPORT==== 25-Nov-2026::00:20:01.116763 ===\nMessage\n".
-module(logger_formatter).

-export([format/2, check_config/1]).

-define(TEMPLATE_HEADER, [[logger_formatter, header], "\n", msg, "\n"]).
-define(TEMPLATE_SINGLE, [time, " ", level, ": ", msg, "\n"]).
-define(TEMPLATE_MULTI, [time, " ", level, ":\n", msg, "\n"]).

format(#{level := Level, msg := Msg, meta := Meta0}, Config0) when is_map(Config0) ->
    Config = with_defaults(Config0),
    Meta = legacy_header(Level, Meta0, Config),
    Template = maps:get(template, Config),
    {Before, After0} = lists:splitwith(fun(T) -> T =/= msg end, Template),
    {HasMsg, After} = case After0 of
                          [msg | Rest] -> {true, Rest};
                          _ -> {false, After0}
                      end,
    B = fill(Level, Meta, Before, Config),
    A = fill(Level, Meta, After, Config),
    MsgStr = case HasMsg of
                 true ->
                     S = format_msg(Msg, Meta, Config),
                     case maps:get(single_line, Config) of
                         true -> one_line(S);
                         false -> S
                     end;
                 false -> ""
             end,
    truncate(B, MsgStr, A, maps:get(max_size, Config)).

%% single_line: surrounding white space goes, and each line break (with the
%% indentation after it and a comma before it) becomes ", ".
one_line(S) ->
    Flat = lists:flatten(S),
    T = lists:reverse(trim_ws(lists:reverse(trim_ws(Flat)))),
    re:replace(T, ",?\r?\n\s*", ", ", [{return, list}, global, unicode]).

trim_ws([C | T]) when C =:= $\s; C =:= $\r; C =:= $\n -> trim_ws(T);
trim_ws(S) -> S.

fill(Level, Data, [level | T], Config) ->
    [to_string(level, Level, Config) | fill(Level, Data, T, Config)];
fill(Level, Data, [{Key, IfSet, Else} | T], Config) ->
    S = case value(Key, Data) of
            {ok, V} -> fill(Level, Data#{Key => V}, IfSet, Config);
            error -> fill(Level, Data, Else, Config)
        end,
    [S | fill(Level, Data, T, Config)];
fill(Level, Data, [Key | T], Config)
  when is_atom(Key); is_list(Key), is_atom(hd(Key)) ->
    S = case value(Key, Data) of
            {ok, V} -> to_string(Key, V, Config);
            error -> ""
        end,
    [S | fill(Level, Data, T, Config)];
fill(Level, Data, [Str | T], Config) ->
    [Str | fill(Level, Data, T, Config)];
fill(_, _, [], _) ->
    [].

value(Key, Map) when is_map(Map), is_map_key(Key, Map) -> {ok, maps:get(Key, Map)};
value([Key | Keys], Map) when is_map(Map), is_map_key(Key, Map) -> value(Keys, maps:get(Key, Map));
value([], V) -> {ok, V};
value(_, _) -> error.

to_string(time, T, Config) -> format_time(T, Config);
to_string(mfa, MFA, Config) -> format_mfa(MFA, Config);
to_string(_, V, Config) -> to_string(V, Config).

to_string(X, _) when is_atom(X) -> atom_to_list(X);
to_string(X, _) when is_integer(X) -> integer_to_list(X);
to_string(X, _) when is_pid(X) -> pid_to_list(X);
to_string(X, _) when is_reference(X) -> ref_to_list(X);
to_string(X, Config) when is_list(X) ->
    case printable(lists:flatten(X)) of
        true -> X;
        false -> io_lib:format(p(Config), [X])
    end;
to_string(X, Config) -> io_lib:format(p(Config), [X]).

printable([]) -> false;
printable(X) -> io_lib:printable_list(X).

format_mfa({M, F, A}, _) when is_atom(M), is_atom(F), is_integer(A) ->
    io_lib:fwrite("~tw:~tw/~w", [M, F, A]);
format_mfa({M, F, A}, Config) when is_atom(M), is_atom(F), is_list(A) ->
    format_mfa({M, F, length(A)}, Config);
format_mfa(MFA, Config) ->
    to_string(MFA, Config).

format_time(T, #{time_offset := Offset, time_designator := Des}) when is_integer(T) ->
    calendar:system_time_to_rfc3339(T, [{unit, microsecond}, {offset, Offset},
                                        {time_designator, Des}]).

%% ------------------------------------------------------------------ the message

format_msg({string, Chardata}, Meta, Config) ->
    format_msg({"~ts", [Chardata]}, Meta, Config);
format_msg({report, _} = Msg, Meta, #{report_cb := Fun} = Config)
  when is_function(Fun, 1); is_function(Fun, 2) ->
    %% The formatter's report_cb wins over the event's.
    format_msg(Msg, Meta#{report_cb => Fun}, maps:remove(report_cb, Config));
format_msg({report, Report}, #{report_cb := Fun} = Meta, Config) when is_function(Fun, 1) ->
    P = p(Config),
    try Fun(Report) of
        {Format, Args} when is_list(Format), is_list(Args) ->
            format_msg({Format, Args}, maps:remove(report_cb, Meta), Config);
        Other ->
            format_msg({"REPORT_CB/1 ERROR: " ++ P ++ "; Returned: " ++ P, [Report, Other]},
                       Meta, Config)
    catch C:R:S ->
            format_msg({"REPORT_CB/1 CRASH: " ++ P ++ "; Reason: " ++ P,
                        [Report, {C, R, logger:filter_stacktrace(?MODULE, S)}]}, Meta, Config)
    end;
format_msg({report, Report}, #{report_cb := Fun} = Meta, Config) when is_function(Fun, 2) ->
    P = p(Config),
    try Fun(Report, maps:with([depth, chars_limit, single_line], Config)) of
        Chardata when is_list(Chardata); is_binary(Chardata) ->
            case unicode:characters_to_list(Chardata, unicode) of
                L when is_list(L) -> L;
                _ -> format_msg({"REPORT_CB/2 ERROR: " ++ P ++ "; Returned: " ++ P,
                                 [Report, Chardata]}, Meta, Config)
            end;
        Other ->
            format_msg({"REPORT_CB/2 ERROR: " ++ P ++ "; Returned: " ++ P, [Report, Other]},
                       Meta, Config)
    catch C:R:S ->
            format_msg({"REPORT_CB/2 CRASH: " ++ P ++ "; Reason: " ++ P,
                        [Report, {C, R, logger:filter_stacktrace(?MODULE, S)}]}, Meta, Config)
    end;
format_msg({report, Report}, Meta, Config) ->
    format_msg({report, Report}, Meta#{report_cb => fun logger:format_report/1}, Config);
format_msg({Format, Args}, _Meta, Config) ->
    format_args(Format, Args, Config).

format_args(Format, Args, Config) ->
    try io_lib:format(Format, Args)
    catch C:R:S ->
            P = p(Config),
            ErrFormat = "FORMAT ERROR: " ++ P ++ " - " ++ P,
            case Format of
                ErrFormat -> erlang:raise(C, R, S);
                _ -> format_args(ErrFormat, [Format, Args], Config)
            end
    end.

%% ------------------------------------------------------------------ max_size

truncate(B, Msg, A, unlimited) ->
    [B, Msg, A];
truncate(B, Msg, A, Size) ->
    String = [B, Msg, A],
    case io_lib:chars_length(String) > Size of
        true ->
            %% The cut keeps a final newline (of the last non-empty part).
            {Last, Flat} = case A of
                               [] when Msg =:= [] -> {last_char(B), lists:flatten(B)};
                               [] -> {last_char(Msg), lists:flatten([B, Msg])};
                               _ -> {last_char(A), lists:flatten(String)}
                           end,
            case Last of
                $\n -> lists:sublist(Flat, 1, Size - 4) ++ "...\n";
                _ -> lists:sublist(Flat, 1, Size - 3) ++ "..."
            end;
        false ->
            String
    end.

last_char(L) ->
    case lists:reverse(lists:flatten(L)) of
        [C | _] -> C;
        [] -> error
    end.

%% ------------------------------------------------------------------ header

legacy_header(Level, #{time := T} = Meta, #{legacy_header := true} = Config) ->
    Mine = title(Level, Meta, Config),
    {{Y, Mo, D}, {H, Mi, S}, Micro, Utc} = datetime(T, Config),
    Header = io_lib:format("=~ts==== ~w-~s-~4w::~2..0w:~2..0w:~2..0w.~6..0w ~s===",
                           [maps:get(title, Mine), D, month(Mo), Y, H, Mi, S, Micro, Utc]),
    Meta#{?MODULE => Mine#{header => Header}};
legacy_header(_, Meta, _) ->
    Meta.

%% The title is the metadata's logger_formatter => #{title => T}, else the level
%% ("ERROR REPORT"); error_logger's notices are INFO REPORTs by default.
title(Level, Meta, Config) ->
    case maps:get(?MODULE, Meta, #{}) of
        #{title := _} = Mine -> Mine;
        Mine ->
            Name = case Level =:= notice andalso maps:is_key(error_logger, Meta) of
                       true -> maps:get(error_logger_notice_header, Config);
                       false -> Level
                   end,
            Mine#{title => string:uppercase(atom_to_list(Name)) ++ " REPORT"}
    end.

datetime(T, Config) ->
    Micro = T rem 1000000,
    UT = erlang:posixtime_to_universaltime(T div 1000000),
    case is_utc(maps:get(time_offset, Config)) of
        true ->
            {Date, Time} = UT,
            {Date, Time, Micro, "UTC "};
        false ->
            {Date, Time} = erlang:universaltime_to_localtime(UT),
            {Date, Time, Micro, ""}
    end.

is_utc(Z) when Z =:= 0; Z =:= "z"; Z =:= "Z" -> true;
is_utc([$+ | Tz]) ->
    case io_lib:fread("~d:~d", Tz) of
        {ok, [0, 0], []} -> true;
        _ -> false
    end;
is_utc(_) -> false.

month(M) ->
    element(M, {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}).

%% ------------------------------------------------------------------ config

with_defaults(Config0) ->
    Defaults = #{chars_limit => unlimited,
                 error_logger_notice_header => info,
                 legacy_header => false,
                 single_line => true,
                 time_designator => $T},
    MaxSize = case maps:get(max_size, Config0, undefined) of
                  undefined -> unlimited;
                  unlimited -> unlimited;
                  M -> max(10, M)
              end,
    Depth = case maps:get(depth, Config0, undefined) of
                undefined -> unlimited;
                unlimited -> unlimited;
                Dp -> max(5, Dp)
            end,
    Offset = maps:get(time_offset, Config0, ""),
    C = maps:merge(Defaults, Config0#{max_size => MaxSize, depth => Depth,
                                      time_offset => Offset}),
    case C of
        #{template := _} -> C;
        #{legacy_header := true} -> C#{template => ?TEMPLATE_HEADER};
        #{single_line := true} -> C#{template => ?TEMPLATE_SINGLE};
        _ -> C#{template => ?TEMPLATE_MULTI}
    end.

p(#{single_line := Single}) -> p(Single);
p(true) -> "~0tp";
p(false) -> "~tp".

check_config(Config) when is_map(Config) ->
    check(maps:to_list(Config));
check_config(Config) ->
    {error, {invalid_formatter_config, ?MODULE, Config}}.

check([{K, L} | T]) when K =:= chars_limit; K =:= depth; K =:= max_size ->
    case (is_integer(L) andalso L > 0) orelse L =:= unlimited of
        true -> check(T);
        false -> {error, {invalid_formatter_config, ?MODULE, {K, L}}}
    end;
check([{single_line, B} | T]) when is_boolean(B) -> check(T);
check([{legacy_header, B} | T]) when is_boolean(B) -> check(T);
check([{error_logger_notice_header, H} | T]) when H =:= info; H =:= notice -> check(T);
check([{report_cb, F} | T]) when is_function(F, 1); is_function(F, 2) -> check(T);
check([{template, Tm} | T]) ->
    case check_template(Tm) of
        ok -> check(T);
        error -> {error, {invalid_formatter_template, ?MODULE, Tm}}
    end;
check([{time_offset, O} | T]) ->
    case check_offset(O) of
        ok -> check(T);
        error -> {error, {invalid_formatter_config, ?MODULE, {time_offset, O}}}
    end;
check([{time_designator, C} | T]) when is_integer(C), C >= 0, C =< 255 ->
    case io_lib:printable_latin1_list([C]) of
        true -> check(T);
        false -> {error, {invalid_formatter_config, ?MODULE, {time_designator, C}}}
    end;
check([C | _]) ->
    {error, {invalid_formatter_config, ?MODULE, C}};
check([]) ->
    ok.

check_template([Key | T]) when is_atom(Key) -> check_template(T);
check_template([Key | T]) when is_list(Key), is_atom(hd(Key)) ->
    case lists:all(fun erlang:is_atom/1, Key) of
        true -> check_template(T);
        false -> error
    end;
check_template([{Key, IfSet, Else} | T])
  when is_atom(Key); is_list(Key), is_atom(hd(Key)) ->
    case {check_template(IfSet), check_template(Else)} of
        {ok, ok} -> check_template(T);
        _ -> error
    end;
check_template([Str | T]) when is_list(Str) ->
    case io_lib:printable_unicode_list(Str) of
        true -> check_template(T);
        false -> error
    end;
check_template([Bin | T]) when is_binary(Bin) ->
    case unicode:characters_to_list(Bin) of
        Str when is_list(Str) -> check_template([Str | T]);
        _ -> error
    end;
check_template([]) -> ok;
check_template(_) -> error.

check_offset(I) when is_integer(I) -> ok;
check_offset(Tz) when Tz =:= ""; Tz =:= "Z"; Tz =:= "z" -> ok;
check_offset([Sign | Tz]) when Sign =:= $+; Sign =:= $- ->
    try io_lib:fread("~d:~d", Tz) of
        {ok, [_, _], []} -> ok;
        _ -> error
    catch _:_ -> error
    end;
check_offset(_) -> error.
