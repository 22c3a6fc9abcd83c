%% application_controller: the bookkeeping behind `application`, written for erlts.
%%
%% OTP's controller is a registered gen_server owning the ac_tab ETS table. Here the
%% registered name `application_controller` is one of the node's system processes
%% (application masters link to it, as in OTP), and the state is kept in the node's
%% term tables (erlts_node_store), read and written by the calling process:
%%   app_loaded   App -> the application's keys, in get_all_key/1's order
%%   app_env      {App, Key} -> Value
%%   app_ctrl     running -> [{App, Master | undefined, Type}], most recent first
%%                stopping -> [App]
%% Each start spawns a starter process that starts the application master (as
%% OTP's controller does) and then watches it: when the master ends without
%% application:stop/1, the starter writes OTP's "exited" report.
-module(application_controller).

-export([load/1, unload/1, start/2, stop/1, loaded/0, running/0, keys/1,
         app_of_master/1, master_of/1, config_env/0]).
-export([format_log/1, format_log/2]).
-export([starter/5]).

-define(LOADED, app_loaded).
-define(ENV, app_env).
-define(CTRL, app_ctrl).

%% ------------------------------------------------------------------ loading

%% kernel and stdlib are there from the start, as on an escript's node.
builtin() ->
    [{kernel, [{description, "ERTS  CXC 138 10"}, {vsn, "8.5.3"}, {applications, []},
               {mod, {kernel, []}}]},
     {stdlib, [{description, "ERTS  CXC 138 10"}, {vsn, "4.2"},
               {applications, [kernel]}]}].

init() ->
    case erlts_node_store:get(?CTRL, running, undefined) of
        undefined ->
            erlts_node_store:put(?CTRL, running, [{stdlib, undefined, permanent},
                                                  {kernel, undefined, permanent}]),
            erlts_node_store:put(?CTRL, stopping, []),
            lists:foreach(fun({Name, Opts}) ->
                                  erlts_node_store:put(?LOADED, Name, make_keys(Opts)),
                                  config_for(Name)
                          end, builtin());
        _ -> ok
    end.

%% A -config file's values for App apply when App is loaded (kernel and stdlib at
%% once), over the .app file's.
config_for(App) ->
    [erlts_node_store:put(?ENV, {App, K}, V) || {A, Env} <- config_env(), A =:= App, {K, V} <- Env],
    ok.

%% What a `-config` file given to the run says: [{App, [{Key, Value}]}].
config_env() ->
    case erlts_node_store:get(erlts_boot, config, undefined) of
        undefined -> [];
        File ->
            case file:consult(File) of
                {ok, [Terms]} when is_list(Terms) ->
                    [{A, E} || {A, E} <- Terms, is_atom(A), is_list(E)];
                _ -> []
            end
    end.

%% The keys OTP keeps for a loaded application, with its defaults.
make_keys(Opts) ->
    [{K, proplists:get_value(K, Opts, D)}
     || {K, D} <- [{description, ""}, {id, ""}, {vsn, ""}, {modules, []},
                   {maxP, infinity}, {maxT, infinity}, {registered, []},
                   {included_applications, []}, {optional_applications, []},
                   {applications, []}, {env, []}, {mod, []}, {start_phases, undefined}]].

load({application, Name, Opts} = Descr) when is_atom(Name), is_list(Opts) ->
    init(),
    case erlts_node_store:get(?LOADED, Name, undefined) of
        undefined ->
            Env0 = proplists:get_value(env, Opts, []),
            %% Values already set (set_env, a -config file) win over the .app file.
            lists:foreach(fun({K, V}) ->
                                  case erlts_node_store:get(?ENV, {Name, K}, '$none') of
                                      '$none' -> erlts_node_store:put(?ENV, {Name, K}, V);
                                      _ -> ok
                                  end
                          end, Env0),
            erlts_node_store:put(?LOADED, Name, make_keys(Opts)),
            config_for(Name);
        _ ->
            {error, {already_loaded, Descr}}
    end;
load(Name) when is_atom(Name) ->
    init(),
    case erlts_node_store:get(?LOADED, Name, undefined) of
        undefined ->
            case read_app_file(Name) of
                {ok, Descr} -> load(Descr);
                Error -> Error
            end;
        _ -> {error, {already_loaded, Name}}
    end;
load(Bad) ->
    {error, {bad_application, Bad}}.

%% Name.app in the code path's directories (the current directory first, as OTP's
%% code path starts with ".").
read_app_file(Name) ->
    File = atom_to_list(Name) ++ ".app",
    Dirs = ["." | try code:get_path() catch _:_ -> [] end],
    case [filename:join(D, File) || D <- Dirs, filelib:is_regular(filename:join(D, File))] of
        [Path | _] ->
            %% The file's application is loaded, whatever its name (as OTP does).
            case file:consult(Path) of
                {ok, [{application, N, Opts} = D]} when is_atom(N), is_list(Opts) -> {ok, D};
                {ok, [{application, _, Opts}]} -> {error, {invalid_options, Opts}};
                {ok, Terms} -> {error, {{case_clause, {ok, Terms}}, []}};
                {error, {Line, _Mod, Descr}} ->
                    {error, {[integer_to_list(Line), $:, $\s, parse_error(Descr)], File}};
                {error, Reason} -> {error, {file:format_error(Reason), File}}
            end;
        [] ->
            {error, {"no such file or directory", File}}
    end.

%% erl_parse's error descriptors are text already (as erl_parse:format_error/1 says).
parse_error(Descr) ->
    case io_lib:deep_char_list(Descr) of
        true -> Descr;
        false -> io_lib:write(Descr)
    end.

unload(Name) ->
    init(),
    case erlts_node_store:get(?LOADED, Name, undefined) of
        undefined -> {error, {not_loaded, Name}};
        _ ->
            case lists:keymember(Name, 1, running()) of
                true -> {error, {running, Name}};
                false ->
                    erlts_node_store:erase(?LOADED, Name),
                    [erlts_node_store:erase(?ENV, {A, K})
                     || {{A, K}, _} <- erlts_node_store:to_list(?ENV), A =:= Name],
                    ok
            end
    end.

loaded() ->
    init(),
    Builtin = [kernel, stdlib],
    Mine = [A || {A, _} <- erlts_node_store:to_list(?LOADED), not lists:member(A, Builtin)],
    [{A, val(description, K), val(vsn, K)}
     || A <- lists:reverse(Mine) ++ Builtin, K <- [keys(A)]].

keys(Name) ->
    init(),
    erlts_node_store:get(?LOADED, Name, undefined).

val(Key, Keys) -> proplists:get_value(Key, Keys).

running() ->
    init(),
    erlts_node_store:get(?CTRL, running, []).

set_running(R) -> erlts_node_store:put(?CTRL, running, R).

%% Masters register themselves (table app_masters) as soon as they start, so that
%% get_application/0 already works in Mod:start/2.
app_of_master(Pid) ->
    case [A || {A, M} <- erlts_node_store:to_list(app_masters), M =:= Pid] of
        [A | _] -> {ok, A};
        [] -> undefined
    end.

master_of(App) ->
    case lists:keyfind(App, 1, running()) of
        {_, M, _} when is_pid(M) -> {ok, M};
        _ -> undefined
    end.

%% ------------------------------------------------------------------ starting

start(Name, Type) ->
    init(),
    case keys(Name) of
        undefined ->
            case load(Name) of
                ok -> start(Name, Type);
                Error -> Error
            end;
        Keys ->
            case check(Name, Keys) of
                ok -> do_start(Name, Keys, Type);
                Error -> Error
            end
    end.

check(Name, Keys) ->
    Running = running(),
    case lists:keymember(Name, 1, Running) of
        true -> {error, {already_started, Name}};
        false ->
            Optional = val(optional_applications, Keys),
            case [A || A <- val(applications, Keys), not lists:keymember(A, 1, Running),
                       not lists:member(A, Optional)] of
                [] -> ok;
                [A | _] -> {error, {not_started, A}}
            end
    end.

do_start(Name, Keys, Type) ->
    case val(mod, Keys) of
        [] ->
            %% A library application has no master.
            set_running([{Name, undefined, Type} | running()]),
            info_started(Name),
            ok;
        Mod ->
            Ref = make_ref(),
            _ = spawn(?MODULE, starter, [self(), Ref, Name, Mod, Type]),
            receive
                {Ref, {ok, _Master}} ->
                    info_started(Name),
                    ok;
                {Ref, {error, Reason}} ->
                    info_exited(Name, Reason, Type),
                    {error, Reason}
            end
    end.

%% Starts the master; then, until it ends, stands in for OTP's controller, which
%% notices a master that ends and reports it.
starter(Caller, Ref, Name, Mod, Type) ->
    process_flag(trap_exit, true),
    case application_master:start_link(Name, Mod, normal) of
        {ok, Master} ->
            MRef = erlang:monitor(process, Master),
            set_running([{Name, Master, Type} | running()]),
            Caller ! {Ref, {ok, Master}},
            receive
                {'DOWN', MRef, process, Master, Reason} -> exited(Name, Master, Reason, Type)
            end;
        Error ->
            erlts_node_store:erase(app_masters, Name),
            Caller ! {Ref, Error}
    end.

%% The master ended without application:stop/1.
exited(Name, Master, Reason, Type) ->
    case lists:keytake(Name, 1, running()) of
        {value, {Name, Master, _}, Rest} ->
            set_running(Rest),
            erlts_node_store:erase(app_masters, Name),
            info_exited(Name, Reason, Type);
        _ ->
            ok
    end.

%% ------------------------------------------------------------------ stopping

stop(Name) ->
    init(),
    case lists:keytake(Name, 1, running()) of
        {value, {Name, Master, Type}, Rest} ->
            set_running(Rest),
            case Master of
                undefined -> ok;
                _ -> application_master:stop(Master)
            end,
            erlts_node_store:erase(app_masters, Name),
            info_exited(Name, stopped, Type),
            ok;
        false ->
            {error, {not_started, Name}}
    end.

%% ------------------------------------------------------------------ reports

info_started(Name) ->
    case logger:allow(info, ?MODULE) of
        true ->
            logger:macro_log(location(info_started, 2), info,
                             #{label => {?MODULE, progress},
                               report => [{application, Name}, {started_at, node()}]},
                             #{domain => [otp, sasl],
                               report_cb => fun ?MODULE:format_log/2,
                               logger_formatter => #{title => "PROGRESS REPORT"},
                               error_logger => #{tag => info_report, type => progress,
                                                 report_cb => fun ?MODULE:format_log/1}});
        false -> ok
    end.

info_exited(Name, Reason, Type) ->
    case logger:allow(notice, ?MODULE) of
        true ->
            logger:macro_log(location(info_exited, 3), notice,
                             #{label => {?MODULE, exit},
                               report => [{application, Name}, {exited, Reason}, {type, Type}]},
                             #{domain => [otp],
                               report_cb => fun ?MODULE:format_log/2,
                               error_logger => #{tag => info_report, type => std_info,
                                                 report_cb => fun ?MODULE:format_log/1}});
        false -> ok
    end.

location(F, A) ->
    #{mfa => {?MODULE, F, A}, line => 0, file => "application_controller.erl"}.

%% The report callback for error_logger's handlers: {Format, Args}.
format_log(Report) ->
    Depth = error_logger:get_format_depth(),
    format_multi(Report, #{chars_limit => unlimited, depth => Depth, single_line => false}).

%% The report callback for logger's handlers.
format_log(Report, Opts0) ->
    Opts = maps:merge(#{chars_limit => unlimited, depth => unlimited, single_line => false},
                      Opts0),
    {Format, Args} = case Opts of
                         #{single_line := true} -> format_single(Report, Opts);
                         _ -> format_multi(Report, Opts)
                     end,
    io_lib:format(Format, Args).

format_single(#{label := {?MODULE, progress}, report := [{application, N}, {started_at, Node}]},
              Opts) ->
    P = p(Opts),
    {"Application: " ++ P ++ ". Started at: " ++ P ++ ".", args([N, Node], Opts)};
format_single(#{label := {?MODULE, exit}, report := [{application, N}, {exited, R}, {type, T}]},
              Opts) ->
    P = p(Opts),
    {"Application: " ++ P ++ ". Exited: " ++ P ++ ". Type: " ++ P ++ ".", args([N, R, T], Opts)}.

format_multi(#{label := {?MODULE, progress}, report := [{application, N}, {started_at, Node}]},
             Opts) ->
    P = p(Opts),
    {"    application: " ++ P ++ "~n    started_at: " ++ P ++ "~n", args([N, Node], Opts)};
format_multi(#{label := {?MODULE, exit}, report := [{application, N}, {exited, R}, {type, T}]},
             Opts) ->
    P = p(Opts),
    {"    application: " ++ P ++ "~n    exited: " ++ P ++ "~n    type: " ++ P ++ "~n",
     args([N, R, T], Opts)}.

p(#{single_line := Single, depth := Depth}) ->
    "~" ++ case Single of true -> "0"; false -> "" end ++ "t"
        ++ case Depth of unlimited -> "p"; _ -> "P" end.

args(As, #{depth := unlimited}) -> As;
args(As, #{depth := D}) -> lists:append([[A, D] || A <- As]).
