%% logger: OTP's logging API (kernel's logger), written for erlts.
%%
%% A log call builds a log event #{level, msg, meta}, runs the primary filters and
%% hands the event to each handler whose level allows it (after the handler's own
%% filters). Handlers run in the calling process, synchronously: OTP's default handler
%% prints from its own process, but the order of one process's events is the same.
%%
%% This first version knows only the default handler (logger_std_h writing to `user`
%% through logger_formatter with the legacy header) at primary level notice.
-module(logger).
-compile({no_auto_import, [error/1, error/2, error/3]}).

-export([emergency/1, emergency/2, emergency/3,
         alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3,
         error/1, error/2, error/3,
         warning/1, warning/2, warning/3,
         notice/1, notice/2, notice/3,
         info/1, info/2, info/3,
         debug/1, debug/2, debug/3]).
-export([log/2, log/3, log/4, allow/2, macro_log/3, macro_log/4, macro_log/5,
         format_report/1, format_otp_report/1, timestamp/0, compare_levels/2,
         filter_stacktrace/2]).

-define(IS_LEVEL(L),
        (L =:= emergency orelse L =:= alert orelse L =:= critical orelse
         L =:= error orelse L =:= warning orelse L =:= notice orelse
         L =:= info orelse L =:= debug)).
-define(IS_STRING(S), (is_list(S) orelse is_binary(S))).
-define(IS_FORMAT(F), (?IS_STRING(F) orelse is_atom(F))).
-define(IS_REPORT(R), (is_map(R) orelse (is_list(R) andalso is_tuple(hd(R))))).

%% ------------------------------------------------------------------ levels

emergency(X) -> log(emergency, X).
emergency(X, Y) -> log(emergency, X, Y).
emergency(X, Y, Z) -> log(emergency, X, Y, Z).
alert(X) -> log(alert, X).
alert(X, Y) -> log(alert, X, Y).
alert(X, Y, Z) -> log(alert, X, Y, Z).
critical(X) -> log(critical, X).
critical(X, Y) -> log(critical, X, Y).
critical(X, Y, Z) -> log(critical, X, Y, Z).
error(X) -> log(error, X).
error(X, Y) -> log(error, X, Y).
error(X, Y, Z) -> log(error, X, Y, Z).
warning(X) -> log(warning, X).
warning(X, Y) -> log(warning, X, Y).
warning(X, Y, Z) -> log(warning, X, Y, Z).
notice(X) -> log(notice, X).
notice(X, Y) -> log(notice, X, Y).
notice(X, Y, Z) -> log(notice, X, Y, Z).
info(X) -> log(info, X).
info(X, Y) -> log(info, X, Y).
info(X, Y, Z) -> log(info, X, Y, Z).
debug(X) -> log(debug, X).
debug(X, Y) -> log(debug, X, Y).
debug(X, Y, Z) -> log(debug, X, Y, Z).

%% ------------------------------------------------------------------ log calls

log(Level, StringOrReport) ->
    do_log(Level, StringOrReport, #{}).

log(Level, StringOrReport, Meta) when is_map(Meta), not is_function(StringOrReport) ->
    do_log(Level, StringOrReport, Meta);
log(Level, FunOrFormat, Args) ->
    do_log(Level, {FunOrFormat, Args}, #{}).

log(Level, FunOrFormat, Args, Meta) ->
    do_log(Level, {FunOrFormat, Args}, Meta).

%% The ?LOG_* macros have checked allow/2 already; Location is their ?LOCATION.
macro_log(Location, Level, StringOrReport) ->
    log_allowed(Location, Level, StringOrReport, #{}).

macro_log(Location, Level, StringOrReport, Meta)
  when is_map(Meta), not is_function(StringOrReport) ->
    log_allowed(Location, Level, StringOrReport, Meta);
macro_log(Location, Level, FunOrFormat, Args) ->
    log_allowed(Location, Level, {FunOrFormat, Args}, #{}).

macro_log(Location, Level, FunOrFormat, Args, Meta) ->
    log_allowed(Location, Level, {FunOrFormat, Args}, Meta).

allow(Level, Module) when is_atom(Module) ->
    level_int(Level) =< level_int(threshold(Module)).

%% A call with mfa metadata is checked against that module's level.
do_log(Level, Msg, #{mfa := {Module, _, _}} = Meta) ->
    case allow(Level, Module) of
        true -> log_allowed(#{}, Level, Msg, Meta);
        false -> ok
    end;
do_log(Level, Msg, Meta) ->
    case level_int(Level) =< level_int(primary_level()) of
        true -> log_allowed(#{}, Level, Msg, Meta);
        false -> ok
    end.

%% A fun message is called now (it is only called when the level is allowed).
log_allowed(Location, Level, {Fun, FunArgs} = FunCall, Meta) when is_function(Fun, 1) ->
    try Fun(FunArgs) of
        {Res, #{} = FunMeta} -> fun_result(Location, Level, Res, maps:merge(Meta, FunMeta), FunCall);
        Res -> fun_result(Location, Level, Res, Meta, FunCall)
    catch C:R ->
            log_allowed(Location, Level,
                        {"LAZY_FUN CRASH: ~tp; Reason: ~tp", [{Fun, FunArgs}, {C, R}]}, Meta)
    end;
log_allowed(Location, Level, Msg, CallMeta) when is_map(CallMeta) ->
    %% Later sources override earlier ones: location, primary metadata, process
    %% metadata, the call's metadata; then pid, gl and time if still missing.
    Meta0 = maps:merge(Location, maps:merge(primary_metadata(),
                                            maps:merge(proc_meta(), CallMeta))),
    Meta = add_defaults(Meta0),
    Event = case Msg of
                {Format, Args} when ?IS_LEVEL(Level), ?IS_FORMAT(Format), is_list(Args) ->
                    #{level => Level, msg => {deatomize(Format), Args}, meta => Meta};
                Report when ?IS_LEVEL(Level), ?IS_REPORT(Report) ->
                    #{level => Level, msg => {report, Report}, meta => Meta};
                String when ?IS_LEVEL(Level), ?IS_STRING(String) ->
                    #{level => Level, msg => {string, String}, meta => Meta};
                _ ->
                    erlang:error(function_clause, [Level, Msg, Meta])
            end,
    dispatch(Event).

fun_result(_Location, _Level, ignore, _Meta, _FunCall) ->
    ok;
fun_result(Location, Level, {Format, Args} = Msg, Meta, _FunCall)
  when ?IS_FORMAT(Format), is_list(Args) ->
    log_allowed(Location, Level, Msg, Meta);
fun_result(Location, Level, Report, Meta, _FunCall) when ?IS_REPORT(Report) ->
    log_allowed(Location, Level, Report, Meta);
fun_result(Location, Level, String, Meta, _FunCall) when ?IS_STRING(String) ->
    log_allowed(Location, Level, String, Meta);
fun_result(Location, Level, Other, Meta, FunCall) ->
    log_allowed(Location, Level, {"LAZY_FUN ERROR: ~tp; Returned: ~tp", [FunCall, Other]}, Meta).

deatomize(A) when is_atom(A) -> atom_to_list(A);
deatomize(F) -> F.

add_defaults(Meta) ->
    M1 = add_default(pid, fun() -> self() end, Meta),
    M2 = add_default(gl, fun() -> group_leader() end, M1),
    add_default(time, fun timestamp/0, M2).

add_default(Key, Make, Meta) ->
    case maps:is_key(Key, Meta) of
        true -> Meta;
        false -> Meta#{Key => Make()}
    end.

proc_meta() ->
    case get('$logger_metadata$') of
        M when is_map(M) -> M;
        _ -> #{}
    end.

timestamp() ->
    os:system_time(microsecond).

%% ------------------------------------------------------------------ handlers

%% The default handler: OTP's filters for it (events without a domain, or whose
%% domain is a prefix of [otp, sasl]), then logger_formatter's legacy layout
%% written to `user`.
dispatch(#{meta := Meta} = Event) ->
    case default_filter(Meta) of
        true ->
            Chars = logger_formatter:format(Event, #{legacy_header => true,
                                                     single_line => false}),
            io:put_chars(user, Chars);
        false ->
            ok
    end.

default_filter(#{domain := D}) when is_list(D) -> lists:prefix(D, [otp, sasl]);
default_filter(#{domain := _}) -> false;
default_filter(_) -> true.

%% ------------------------------------------------------------------ config

threshold(_Module) -> primary_level().

primary_level() -> notice.

primary_metadata() -> #{}.

level_int(none) -> -1;
level_int(emergency) -> 0;
level_int(alert) -> 1;
level_int(critical) -> 2;
level_int(error) -> 3;
level_int(warning) -> 4;
level_int(notice) -> 5;
level_int(info) -> 6;
level_int(debug) -> 7;
level_int(all) -> 10.

compare_levels(L, L) when ?IS_LEVEL(L) -> eq;
compare_levels(L1, L2) when ?IS_LEVEL(L1), ?IS_LEVEL(L2) ->
    %% A more severe level has a smaller number and compares greater.
    case level_int(L1) < level_int(L2) of
        true -> gt;
        false -> lt
    end;
compare_levels(L1, L2) ->
    erlang:error(badarg, [L1, L2]).

%% ------------------------------------------------------------------ reports

%% {Format, Args} for a report: a string as itself, else one "    key: value" line
%% per element ("    value" for an element that is not a pair); strings as ~ts.
format_otp_report(#{label := _, report := Report}) -> format_report(Report);
format_otp_report(Report) -> format_report(Report).

format_report(Report) when is_map(Report) ->
    format_report(maps:to_list(Report));
format_report(Report) ->
    try lists:flatten(Report) of
        [] -> {"~tp", [[]]};
        Flat ->
            case is_string(Flat) of
                true -> {"~ts", [Flat]};
                false -> term_lines(Report, [], [])
            end
    catch _:_ -> {"~tp", [Report]}
    end.

term_lines([{Tag, Data} | T], Fs, As) ->
    F = case string_p(Data) of
            true -> "    ~tp: ~ts";
            false -> "    ~tp: ~tp"
        end,
    term_lines(T, [F | Fs], [Data, Tag | As]);
term_lines([Data | T], Fs, As) ->
    term_lines(T, ["    ~tp" | Fs], [Data | As]);
term_lines([], Fs, As) ->
    {lists:flatten(lists:join($\n, lists:reverse(Fs))), lists:reverse(As)}.

string_p(Term) ->
    try lists:flatten(Term) of
        Flat -> is_string(Flat)
    catch _:_ -> false
    end.

is_string([]) -> false;
is_string(Flat) -> io_lib:printable_unicode_list(Flat).

%% The stack trace up to (not including) the first frame of Module.
filter_stacktrace(Module, [{Module, _, _, _} | _]) -> [];
filter_stacktrace(Module, [H | T]) -> [H | filter_stacktrace(Module, T)];
filter_stacktrace(_, []) -> [].
