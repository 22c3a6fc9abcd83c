%% logger: OTP's logging API (kernel's logger), written for erlts.
%%
%% A log call builds a log event #{level, msg, meta}, runs the primary filters and
%% hands the event to each handler whose level allows it (after the handler's own
%% filters). Handlers run in the calling process, synchronously: OTP's default handler
%% prints from its own process, but the order of one process's events is the same.
%%
%% The configuration lives in the node's term tables (erlts_node_store, native):
%% table `logger` holds `primary` (with the handler ids) and {handler, Id} for each
%% handler; table `logger_modules` the module levels. OTP keeps the same maps in
%% its `logger` ETS table and persistent_term. The first use installs OTP's
%% defaults: primary level notice and the `default` handler (logger_std_h to
%% standard_io, legacy-header formatting, OTP's domain filters).
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
         filter_stacktrace/2, add_default_metadata/1, internal_log/2]).
-export([set_primary_config/1, set_primary_config/2, get_primary_config/0,
         update_primary_config/1,
         add_handler/3, remove_handler/1, get_handler_config/0, get_handler_config/1,
         get_handler_ids/0, set_handler_config/2, set_handler_config/3,
         update_handler_config/2, update_handler_config/3,
         update_formatter_config/2, update_formatter_config/3,
         add_primary_filter/2, remove_primary_filter/1,
         add_handler_filter/3, remove_handler_filter/2,
         set_module_level/2, unset_module_level/0, unset_module_level/1,
         get_module_level/0, get_module_level/1,
         set_application_level/2, unset_application_level/1,
         set_process_metadata/1, update_process_metadata/1,
         get_process_metadata/0, unset_process_metadata/0,
         get_config/0, get_proxy_config/0]).

-define(IS_LEVEL(L),
        (L =:= emergency orelse L =:= alert orelse L =:= critical orelse
         L =:= error orelse L =:= warning orelse L =:= notice orelse
         L =:= info orelse L =:= debug)).
-define(IS_LEVEL_ALL(L), (?IS_LEVEL(L) orelse L =:= all orelse L =:= none)).
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

allow(Level) ->
    level_int(Level) =< level_int(primary_level()).

%% A call with mfa metadata is checked against that module's level.
do_log(Level, Msg, #{mfa := {Module, _, _}} = Meta) ->
    case allow(Level, Module) of
        true -> log_allowed(#{}, Level, Msg, Meta);
        false -> ok
    end;
do_log(Level, Msg, Meta) ->
    case allow(Level) of
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
    Primary = primary(),
    Meta0 = maps:merge(Location, maps:merge(maps:get(metadata, Primary),
                                            maps:merge(proc_meta(), CallMeta))),
    Meta = add_default_metadata(Meta0),
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
    dispatch(Event, Primary).

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

add_default_metadata(Meta) ->
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

%% The primary filters, then every handler whose level allows the event (after its
%% own filters). A handler whose log/2 crashes is removed, as OTP does.
dispatch(Event, Primary) ->
    case apply_filters(Event, maps:get(filters, Primary), maps:get(filter_default, Primary)) of
        stop -> ok;
        Event1 -> call_handlers(Event1, maps:get(handlers, Primary))
    end,
    ok.

call_handlers(#{level := Level} = Event, [Id | Ids]) ->
    case handler(Id) of
        {ok, #{module := Module, level := HLevel, filters := Filters,
               filter_default := FD} = HConfig} ->
            case level_int(Level) =< level_int(HLevel) of
                true ->
                    case apply_filters(Event, Filters, FD) of
                        stop -> ok;
                        Event1 ->
                            Config = maps:without([level, filters, filter_default, handlers],
                                                  HConfig),
                            try Module:log(Event1, Config)
                            catch C:R:S ->
                                    _ = remove_handler(Id),
                                    internal_log(error, {removed_failing_handler, Id}),
                                    _ = {C, R, S}
                            end
                    end;
                false -> ok
            end;
        _ -> ok
    end,
    call_handlers(Event, Ids);
call_handlers(_, []) ->
    ok.

%% Each filter returns stop, ignore or a (possibly changed) event; when all of them
%% ignore the event, filter_default decides. A crashing filter is removed.
apply_filters(Event, Filters, Default) ->
    case run_filters(Event, Filters, ignore) of
        stop -> stop;
        ignore when Default =:= log -> Event;
        ignore -> stop;
        Event1 -> Event1
    end.

run_filters(Event, [{_Id, {Fun, Args}} | T], State) ->
    try Fun(Event, Args) of
        stop -> stop;
        ignore -> run_filters(Event, T, State);
        #{level := L, msg := _, meta := M} = Event1 when is_atom(L), is_map(M) ->
            run_filters(Event1, T, log);
        _Bad -> run_filters(Event, T, State)
    catch _:_ -> run_filters(Event, T, State)
    end;
run_filters(_, [], ignore) -> ignore;
run_filters(Event, [], log) -> Event.

%% What OTP's logger prints itself when it removes a failing handler, straight from
%% the emulator: the text on standard error, the term on standard output.
internal_log(Level, Term) when is_atom(Level) ->
    erlang:display_string("Logger - " ++ atom_to_list(Level) ++ ": "),
    erlang:display(Term).

%% ------------------------------------------------------------------ configuration

-define(TAB, logger).
-define(MODTAB, logger_modules).
-define(LEVELS, [none, emergency, alert, critical, error, warning, notice, info, debug, all]).

primary() ->
    case erlts_node_store:get(?TAB, primary, undefined) of
        undefined -> init_config(), erlts_node_store:get(?TAB, primary, undefined);
        P -> P
    end.

handler(Id) ->
    _ = primary(),
    case erlts_node_store:get(?TAB, {handler, Id}, undefined) of
        undefined -> {error, {not_found, Id}};
        C -> {ok, C}
    end.

put_primary(P) -> erlts_node_store:put(?TAB, primary, P), ok.
put_handler(Id, C) -> erlts_node_store:put(?TAB, {handler, Id}, C), ok.

%% OTP's configuration of an escript's node: level notice, the default handler.
init_config() ->
    Level = case application:get_env(kernel, logger_level) of
                {ok, L} -> L;
                undefined -> notice
            end,
    put_primary((default_config(primary))#{level => Level, handlers => [default]}),
    Std = #{type => standard_io},
    put_handler(default,
                (default_config(default, logger_std_h))#{
                  config => logger_std_h:add_olp_defaults(Std),
                  filter_default => stop,
                  filters => [{remote_gl, {fun logger_filters:remote_gl/2, stop}},
                              {domain, {fun logger_filters:domain/2, {log, super, [otp, sasl]}}},
                              {no_domain, {fun logger_filters:domain/2, {log, undefined, []}}}],
                  formatter => {logger_formatter, #{legacy_header => true,
                                                    single_line => false}}}).

default_config(primary) ->
    #{level => notice, metadata => #{}, filters => [], filter_default => log}.

default_config(Id, Module) ->
    #{id => Id, level => all, filters => [], filter_default => log,
      formatter => {logger_formatter, #{}}, module => Module}.

threshold(Module) ->
    case erlts_node_store:get(?MODTAB, Module, undefined) of
        undefined -> primary_level();
        L -> L
    end.

primary_level() ->
    maps:get(level, primary()).

get_primary_config() ->
    maps:remove(handlers, primary()).

set_primary_config(Key, Value) ->
    case check(primary, [{Key, Value}]) of
        ok -> put_primary((primary())#{Key => Value});
        Error -> Error
    end.

set_primary_config(Config) ->
    change_primary(Config, default_config(primary)).

update_primary_config(Config) ->
    change_primary(Config, primary()).

change_primary(Config, Base) ->
    case check_map(primary, Config) of
        ok ->
            #{handlers := Hs} = primary(),
            put_primary((maps:merge(Base, Config))#{handlers => Hs});
        Error -> Error
    end.

get_handler_ids() ->
    maps:get(handlers, primary()).

get_handler_config(Id) ->
    case handler(Id) of
        {ok, #{module := Module} = C} ->
            {ok, try Module:filter_config(C) catch _:_ -> C end};
        Error -> Error
    end.

get_handler_config() ->
    [C || Id <- get_handler_ids(), {ok, C} <- [get_handler_config(Id)]].

get_proxy_config() ->
    #{burst_limit_enable => false, burst_limit_max_count => 500,
      burst_limit_window_time => 1000, drop_mode_qlen => 1000, flush_qlen => 5000,
      overload_kill_enable => false, overload_kill_mem_size => 3000000,
      overload_kill_qlen => 20000, overload_kill_restart_after => 5000,
      sync_mode_qlen => 500}.

get_config() ->
    #{primary => get_primary_config(),
      handlers => get_handler_config(),
      proxy => get_proxy_config(),
      module_levels => lists:keysort(1, get_module_level())}.

add_handler(Id, Module, Config0) ->
    if
        not is_atom(Id) -> {error, {invalid_id, Id}};
        not is_atom(Module) -> {error, {invalid_module, Module}};
        true ->
            case check_map(handler, Config0) of
                ok ->
                    Config = maps:merge(default_config(Id, Module), Config0),
                    case handler(Id) of
                        {ok, _} -> {error, {already_exist, Id}};
                        _ -> do_add_handler(Id, Module, Config)
                    end;
                Error -> Error
            end
    end.

do_add_handler(Id, Module, Config) ->
    case call_h(Module, adding_handler, [Config], {ok, Config}) of
        {ok, Config1} ->
            case erlang:function_exported(Module, log, 2) of
                true ->
                    put_handler(Id, Config1),
                    P = primary(),
                    put_primary(P#{handlers => [Id | maps:get(handlers, P)]});
                false ->
                    {error, {invalid_handler, {function_not_exported, {Module, log, 2}}}}
            end;
        {error, Reason} ->
            {error, {handler_not_added, Reason}}
    end.

remove_handler(Id) ->
    case handler(Id) of
        {ok, #{module := Module} = C} ->
            _ = call_h(Module, removing_handler, [C], ok),
            P = primary(),
            put_primary(P#{handlers => lists:delete(Id, maps:get(handlers, P))}),
            erlts_node_store:erase(?TAB, {handler, Id}),
            ok;
        _ ->
            {error, {not_found, Id}}
    end.

set_handler_config(Id, Key, Value) -> change_handler(set, Id, Key, Value).
update_handler_config(Id, Key, Value) -> change_handler(update, Id, Key, Value).
set_handler_config(Id, Config) -> change_handler(set, Id, Config).
update_handler_config(Id, Config) -> change_handler(update, Id, Config).

change_handler(SetOrUpd, Id, Key, Value) ->
    case check(handler_id(Id), [{Key, Value}]) of
        ok ->
            case handler(Id) of
                {ok, Old} -> commit_handler(SetOrUpd, Id, Old, Old#{Key => Value});
                Error -> Error
            end;
        Error -> Error
    end.

change_handler(SetOrUpd, Id, Config) ->
    case check_map(handler_id(Id), Config) of
        ok ->
            case handler(Id) of
                {ok, #{module := Module} = Old} ->
                    Base = case SetOrUpd of
                               set -> default_config(Id, Module);
                               update -> Old
                           end,
                    commit_handler(SetOrUpd, Id, Old, maps:merge(Base, Config));
                Error -> Error
            end;
        Error -> Error
    end.

handler_id(Id) when is_atom(Id) -> handler;
handler_id(Id) -> {bad_id, Id}.

%% id and module cannot change; the handler module may refuse or adjust the change.
commit_handler(SetOrUpd, Id, #{module := Module} = Old, New) ->
    case maps:with([id, module], Old) =:= maps:with([id, module], New) of
        true ->
            case call_h(Module, changing_config, [SetOrUpd, Old, New], {ok, New}) of
                {ok, New1} -> put_handler(Id, New1);
                Error -> Error
            end;
        false ->
            {Od, Nd} = diff_maps(maps:with([id, module], Old), maps:with([id, module], New)),
            {error, {illegal_config_change, Od, Nd}}
    end.

diff_maps(M1, M2) ->
    lists:foldl(fun(K, {D1, D2}) ->
                        case {maps:find(K, M1), maps:find(K, M2)} of
                            {{ok, V}, {ok, V}} -> {D1, D2};
                            {{ok, V1}, {ok, V2}} -> {D1#{K => V1}, D2#{K => V2}};
                            _ -> {D1, D2}
                        end
                end, {#{}, #{}}, maps:keys(M1)).

%% A handler callback that is not exported is skipped (its default result is used);
%% changing_config/2 is the older form of changing_config/3.
call_h(Module, Function, Args, Default) ->
    try apply(Module, Function, Args)
    catch
        error:undef:S ->
            case S of
                [{Module, changing_config, Args, _} | _] when length(Args) =:= 3 ->
                    call_h(Module, changing_config, tl(Args), Default);
                [{Module, Function, Args, _} | _] ->
                    Default;
                _ ->
                    {error, {callback_crashed, {error, undef, filter_stacktrace(?MODULE, S)}}}
            end;
        C:R:S ->
            {error, {callback_crashed, {C, R, filter_stacktrace(?MODULE, S)}}}
    end.

update_formatter_config(Id, Key, Value) ->
    update_formatter_config(Id, #{Key => Value}).

update_formatter_config(Id, FConfig) when is_map(FConfig) ->
    case handler(Id) of
        {ok, #{formatter := {FMod, Old}} = C} ->
            New = maps:merge(Old, FConfig),
            case check_formatter({FMod, New}) of
                ok -> put_handler(Id, C#{formatter => {FMod, New}});
                Error -> Error
            end;
        _ ->
            {error, {not_found, Id}}
    end;
update_formatter_config(_Id, FConfig) ->
    {error, {invalid_formatter_config, FConfig}}.

add_primary_filter(FId, Filter) -> add_filter(primary, {FId, Filter}).
add_handler_filter(Id, FId, Filter) -> add_filter(Id, {FId, Filter}).
remove_primary_filter(FId) -> remove_filter(primary, FId).
remove_handler_filter(Id, FId) -> remove_filter(Id, FId).

add_filter(Owner, {FId, _} = Filter) ->
    case check(owner_type(Owner), [{filters, [Filter]}]) of
        ok ->
            with_owner(Owner, fun(C) ->
                                      Fs = maps:get(filters, C),
                                      case lists:keymember(FId, 1, Fs) of
                                          true -> {error, {already_exist, FId}};
                                          false -> {ok, C#{filters => [Filter | Fs]}}
                                      end
                              end);
        Error -> Error
    end.

remove_filter(Owner, FId) ->
    with_owner(Owner, fun(C) ->
                              case lists:keytake(FId, 1, maps:get(filters, C)) of
                                  {value, _, Fs} -> {ok, C#{filters => Fs}};
                                  false -> {error, {not_found, FId}}
                              end
                      end).

owner_type(primary) -> primary;
owner_type(Id) -> handler_id(Id).

with_owner(primary, F) ->
    case F(primary()) of
        {ok, P} -> put_primary(P);
        Error -> Error
    end;
with_owner(Id, F) ->
    case handler(Id) of
        {ok, C} ->
            case F(C) of
                {ok, C1} -> put_handler(Id, C1);
                Error -> Error
            end;
        Error -> Error
    end.

%% ------------------------------------------------------------------ checks

check_map(Owner, Config) when is_map(Config) -> check(Owner, maps:to_list(Config));
check_map(_, Config) -> {error, {invalid_config, Config}}.

check({bad_id, Id}, _) -> {error, {invalid_id, Id}};
check(Owner, Items) ->
    try check_items(Owner, Items)
    catch throw:E -> {error, E}
    end.

check_items(Owner, [{level, L} | T]) ->
    case lists:member(L, ?LEVELS) of
        true -> check_items(Owner, T);
        false -> throw({invalid_level, L})
    end;
check_items(Owner, [{filters, Fs} | T]) ->
    check_filters(Fs),
    check_items(Owner, T);
check_items(Owner, [{filter_default, D} | T]) when D =:= log; D =:= stop ->
    check_items(Owner, T);
check_items(_, [{filter_default, D} | _]) ->
    throw({invalid_filter_default, D});
check_items(handler, [{formatter, F} | T]) ->
    case check_formatter(F) of
        ok -> check_items(handler, T);
        {error, E} -> throw(E)
    end;
check_items(primary, [{metadata, M} | T]) when is_map(M) ->
    check_items(primary, T);
check_items(primary, [C | _]) ->
    throw({invalid_primary_config, C});
check_items(handler, [{_, _} | T]) ->
    check_items(handler, T);
check_items(_, []) ->
    ok.

check_filters([{Id, {Fun, _}} | T]) when is_atom(Id), is_function(Fun, 2) -> check_filters(T);
check_filters([F | _]) -> throw({invalid_filter, F});
check_filters([]) -> ok;
check_filters(Fs) -> throw({invalid_filters, Fs}).

check_formatter({Mod, Config}) when is_atom(Mod) ->
    try Mod:check_config(Config) of
        ok -> ok;
        {error, E} -> {error, E}
    catch
        C:R:S ->
            case {C, R, S} of
                {error, undef, [{Mod, check_config, [Config], _} | _]} -> ok;
                _ -> {error, {callback_crashed, {C, R, filter_stacktrace(?MODULE, S)}}}
            end
    end;
check_formatter({Mod, _}) -> {error, {invalid_module, Mod}};
check_formatter(F) -> {error, {invalid_formatter, F}}.

%% ------------------------------------------------------------------ module levels

set_module_level(Module, Level) when is_atom(Module) ->
    set_module_level([Module], Level);
set_module_level(Modules, Level) when is_list(Modules) ->
    case lists:all(fun erlang:is_atom/1, Modules) of
        true ->
            case check(primary, [{level, Level}]) of
                ok -> lists:foreach(fun(M) -> erlts_node_store:put(?MODTAB, M, Level) end,
                                    Modules);
                Error -> Error
            end;
        false -> {error, {not_a_list_of_modules, Modules}}
    end;
set_module_level(Modules, _) ->
    {error, {not_a_list_of_modules, Modules}}.

unset_module_level() ->
    unset_module_level([M || {M, _} <- get_module_level()]).

unset_module_level(Module) when is_atom(Module) ->
    unset_module_level([Module]);
unset_module_level(Modules) when is_list(Modules) ->
    case lists:all(fun erlang:is_atom/1, Modules) of
        true -> lists:foreach(fun(M) -> erlts_node_store:erase(?MODTAB, M) end, Modules);
        false -> {error, {not_a_list_of_modules, Modules}}
    end;
unset_module_level(Modules) ->
    {error, {not_a_list_of_modules, Modules}}.

get_module_level() ->
    lists:sort(erlts_node_store:to_list(?MODTAB)).

get_module_level(Module) when is_atom(Module) ->
    get_module_level([Module]);
get_module_level(Modules) when is_list(Modules) ->
    [{M, L} || {M, L} <- get_module_level(), lists:member(M, Modules)].

set_application_level(App, Level) ->
    case application:get_key(App, modules) of
        {ok, Modules} -> set_module_level(Modules, Level);
        undefined -> {error, {not_loaded, App}}
    end.

unset_application_level(App) ->
    case application:get_key(App, modules) of
        {ok, Modules} -> unset_module_level(Modules);
        undefined -> {error, {not_loaded, App}}
    end.

%% ------------------------------------------------------------------ process metadata

set_process_metadata(Meta) when is_map(Meta) ->
    _ = put('$logger_metadata$', Meta),
    ok;
set_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

update_process_metadata(Meta) when is_map(Meta) ->
    case get_process_metadata() of
        undefined -> set_process_metadata(Meta);
        Old -> set_process_metadata(maps:merge(Old, Meta))
    end;
update_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

get_process_metadata() ->
    get('$logger_metadata$').

unset_process_metadata() ->
    _ = erase('$logger_metadata$'),
    ok.

%% ------------------------------------------------------------------ levels

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

compare_levels(L, L) when ?IS_LEVEL_ALL(L) -> eq;
compare_levels(L1, L2) when ?IS_LEVEL_ALL(L1), ?IS_LEVEL_ALL(L2) ->
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
