%% error_logger: OTP's old event logging API, written for erlts on top of logger.
%%
%% Every call becomes a logger event, as in OTP 25: error_msg/error_report at level
%% error, warning_* at warning, info_* at notice (printed as INFO REPORT by the
%% default formatter, which titles error_logger's notices "INFO"). The message is a
%% report #{label => {error_logger, Tag}, ...} printed by report_to_format/1; the
%% metadata says error_logger => #{tag => Tag[, type => Type]} and a report type
%% other than the standard one becomes the domain [Type] (which OTP's default
%% handler then drops).
%%
%% add_report_handler/1,2 starts the `error_logger` gen_event (registered) and adds
%% an error_logger logger handler that forwards events to it, as OTP does.
-module(error_logger).

-export([error_msg/1, error_msg/2, format/2, error_report/1, error_report/2,
         warning_msg/1, warning_msg/2, warning_report/1, warning_report/2,
         info_msg/1, info_msg/2, info_report/1, info_report/2,
         error_info/1, warning_map/0, get_format_depth/0, limit_term/1,
         add_report_handler/1, add_report_handler/2, delete_report_handler/1,
         which_report_handlers/0, tty/1, start/0, stop/0]).
%% The logger handler callbacks.
-export([adding_handler/1, removing_handler/1, log/2]).

error_msg(Format) -> error_msg(Format, []).
error_msg(Format, Args) -> msg(error, error_msg, error, Format, Args).

format(Format, Args) -> error_msg(Format, Args).

error_report(Report) -> error_report(std_error, Report).
error_report(Type, Report) -> report(error, error_report, Type, Report).

warning_msg(Format) -> warning_msg(Format, []).
warning_msg(Format, Args) -> msg(warning, warning_msg, warning_msg, Format, Args).

warning_report(Report) -> warning_report(std_warning, Report).
warning_report(Type, Report) -> report(warning, warning_report, Type, Report).

info_msg(Format) -> info_msg(Format, []).
info_msg(Format, Args) -> msg(notice, info_msg, info_msg, Format, Args).

info_report(Report) -> info_report(std_info, Report).
info_report(Type, Report) -> report(notice, info_report, Type, Report).

%% The label names the function; the metadata tag is the old event tag (error_msg's
%% events were tagged `error`).
msg(Level, Label, Tag, Format, Args) ->
    logger:log(Level, #{label => {?MODULE, Label}, format => Format, args => Args},
               #{report_cb => fun report_to_format/1, ?MODULE => #{tag => Tag}}).

report(Level, Tag, Type, Report) ->
    Meta = #{report_cb => fun report_to_format/1, ?MODULE => #{tag => Tag, type => Type}},
    logger:log(Level, #{label => {?MODULE, Tag}, report => Report}, domain(Tag, Type, Meta)).

domain(error_report, std_error, Meta) -> Meta;
domain(info_report, std_info, Meta) -> Meta;
domain(warning_report, std_warning, Meta) -> Meta;
domain(_, Type, Meta) -> Meta#{domain => [Type]}.

error_info(Error) ->
    {Format, Args} = case is_list(Error) andalso printable(lists:flatten(Error)) of
                         true -> {Error, []};
                         false -> {"~p", [Error]}
                     end,
    logger:log(notice, Format, Args, #{?MODULE => #{tag => info, type => Error},
                                       domain => [Error]}).

printable([]) -> false;
printable(L) -> io_lib:printable_list(L).

%% A map report prints whole (~tp); a format that does not fit its arguments prints
%% as "ERROR: Format - Args" rather than failing.
report_to_format(#{label := {?MODULE, _}, report := Report}) when is_map(Report) ->
    {"~tp\n", [Report]};
report_to_format(#{label := {?MODULE, _}, format := Format, args := Args}) ->
    try io_lib:format(Format, Args) of
        _ -> {Format, Args}
    catch _:_ -> {"ERROR: ~tp - ~tp", [Format, Args]}
    end;
report_to_format(Term) ->
    logger:format_otp_report(Term).

%% OTP 25 maps warnings to warnings (erl +W w), unless told otherwise.
warning_map() -> warning.

get_format_depth() ->
    case application:get_env(kernel, error_logger_format_depth) of
        {ok, D} when is_integer(D) -> max(10, D);
        _ -> unlimited
    end.

limit_term(Term) ->
    case get_format_depth() of
        unlimited -> Term;
        _ -> Term
    end.

%% ------------------------------------------------------------------ report handlers

start() ->
    case whereis(?MODULE) of
        undefined ->
            case gen_event:start({local, ?MODULE}) of
                {ok, _} -> ok;
                Error -> Error
            end;
        _ -> ok
    end.

stop() ->
    case whereis(?MODULE) of
        undefined -> ok;
        _ -> _ = gen_event:stop(?MODULE), ok
    end.

add_report_handler(Module) when is_atom(Module) ->
    add_report_handler(Module, []).

add_report_handler(Module, Args) when is_atom(Module) ->
    _ = logger:add_handler(?MODULE, ?MODULE, #{level => info, filter_default => log}),
    gen_event:add_handler(?MODULE, Module, Args).

delete_report_handler(Module) when is_atom(Module) ->
    case whereis(?MODULE) of
        Pid when is_pid(Pid) ->
            Return = gen_event:delete_handler(?MODULE, Module, []),
            case gen_event:which_handlers(?MODULE) of
                [] -> _ = logger:remove_handler(?MODULE), ok;
                _ -> ok
            end,
            Return;
        _ -> ok
    end.

which_report_handlers() ->
    case whereis(?MODULE) of
        Pid when is_pid(Pid) -> gen_event:which_handlers(?MODULE);
        undefined -> []
    end.

tty(true) ->
    _ = logger:remove_handler_filter(default, error_logger_tty_false),
    ok;
tty(false) ->
    _ = logger:add_handler_filter(default, error_logger_tty_false, {fun(_, _) -> stop end, ok}),
    ok.

%% ------------------------------------------------------------------ logger handler

adding_handler(#{id := ?MODULE} = Config) ->
    case start() of
        ok -> {ok, Config};
        Error -> Error
    end.

removing_handler(#{id := ?MODULE}) ->
    stop(),
    ok.

%% Only events from this API (or carrying error_logger metadata) reach the report
%% handlers, as {Tag, GL, {Pid, FormatOrType, ArgsOrReport}}.
log(#{level := Level, msg := Msg, meta := Meta}, _Config) ->
    do_log(Level, Msg, Meta).

do_log(Level, {report, Msg}, #{?MODULE := #{tag := Tag, type := Type}} = Meta) ->
    Report = case Msg of
                 #{label := _, report := R} -> R;
                 _ -> Msg
             end,
    notify(Level, Tag, Type, Report, Meta);
do_log(Level, {report, Msg}, #{?MODULE := #{tag := Tag}} = Meta) ->
    {Format, Args} =
        case Msg of
            #{label := _, format := F, args := A} -> {F, A};
            _ ->
                case report_cb(Meta) of
                    Fun when is_function(Fun, 1) ->
                        try Fun(Msg) of
                            {F, A} when is_list(F), is_list(A) -> {F, A};
                            Other -> {"REPORT_CB ERROR: ~tp; Returned: ~tp", [Msg, Other]}
                        catch C:R:S -> {"REPORT_CB CRASH: ~tp; Reason: ~tp", [Msg, {C, R, S}]}
                        end;
                    Fun when is_function(Fun, 2) ->
                        try Fun(Msg, #{depth => get_format_depth(), chars_limit => unlimited,
                                       single_line => false}) of
                            Chars when is_list(Chars); is_binary(Chars) -> {"~ts", [Chars]};
                            Other -> {"REPORT_CB ERROR: ~tp; Returned: ~tp", [Msg, Other]}
                        catch C:R -> {"REPORT_CB CRASH: ~tp; Reason: ~tp", [Msg, {C, R}]}
                        end
                end
        end,
    notify(Level, Tag, Format, Args, Meta);
do_log(Level, {Format, Args}, #{?MODULE := #{tag := Tag}} = Meta)
  when is_list(Format), is_list(Args) ->
    notify(Level, Tag, Format, Args, Meta);
do_log(_, _, _) ->
    ok.

report_cb(#{?MODULE := #{report_cb := F}}) -> F;
report_cb(#{report_cb := F}) -> F;
report_cb(_) -> fun logger:format_report/1.

notify(_Level, Tag, FormatOrType, ArgsOrReport, #{pid := Pid0, gl := GL, ?MODULE := My}) ->
    Pid = case maps:get(emulator, My, false) of
              true -> emulator;
              _ -> Pid0
          end,
    gen_event:notify(?MODULE, {Tag, GL, {Pid, FormatOrType, ArgsOrReport}}).
