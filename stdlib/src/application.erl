%% application: OTP's application API and the `application` behaviour, written for
%% erlts. The controller's work is in application_controller.erl, the process
%% running each started application in application_master.erl.
-module(application).

-export([load/1, load/2, unload/1, start/1, start/2, stop/1, ensure_started/1,
         ensure_started/2, ensure_all_started/1, ensure_all_started/2, start_type/0,
         which_applications/0, which_applications/1, loaded_applications/0,
         get_application/0, get_application/1, get_key/1, get_key/2, get_all_key/0,
         get_all_key/1, get_env/1, get_env/2, get_env/3,
         set_env/1, set_env/2, set_env/3, set_env/4, unset_env/2, unset_env/3,
         get_all_env/0, get_all_env/1]).

-callback start(StartType :: normal | {takeover, node()} | {failover, node()},
                StartArgs :: term()) ->
    {ok, pid()} | {ok, pid(), State :: term()} | {error, Reason :: term()}.
-callback stop(State :: term()) -> term().
-callback prep_stop(State :: term()) -> NewState :: term().
-callback config_change(Changed :: [{atom(), term()}], New :: [{atom(), term()}],
                        Removed :: [atom()]) -> ok.
-callback start_phase(Phase :: atom(), StartType :: term(), PhaseArgs :: term()) ->
    ok | {error, Reason :: term()}.
-optional_callbacks([prep_stop/1, config_change/3, start_phase/3]).

-define(ENV, app_env).
-define(TYPES(T), (T =:= temporary orelse T =:= transient orelse T =:= permanent)).

%% ------------------------------------------------------------------ load, start, stop

load(App) -> application_controller:load(App).
load(App, _Distributed) -> load(App).

unload(App) -> application_controller:unload(app_name(App)).

start(App) -> start(App, temporary).

start(App, Type) when ?TYPES(Type) ->
    application_controller:start(app_name(App), Type);
start(_App, Type) ->
    {error, {invalid_restart_type, Type}}.

stop(App) -> application_controller:stop(app_name(App)).

ensure_started(App) -> ensure_started(App, temporary).

ensure_started(App, Type) ->
    case start(App, Type) of
        ok -> ok;
        {error, {already_started, App}} -> ok;
        Error -> Error
    end.

ensure_all_started(App) -> ensure_all_started(App, temporary).

%% Starts the applications App depends on first; {ok, Started} lists the ones this
%% call started, dependencies first.
ensure_all_started(App, Type) ->
    case all_started(App, Type, []) of
        {ok, Started} -> {ok, lists:reverse(Started)};
        {error, Reason, Started} ->
            [stop(A) || A <- Started],
            {error, Reason}
    end.

all_started(App, Type, Started) ->
    case start(App, Type) of
        ok -> {ok, [App | Started]};
        {error, {already_started, App}} -> {ok, Started};
        {error, {not_started, Dep}} ->
            case all_started(Dep, Type, Started) of
                {ok, Started1} -> all_started(App, Type, Started1);
                Error -> Error
            end;
        {error, Reason} -> {error, {App, Reason}, Started}
    end.

app_name({application, Name, _}) -> Name;
app_name(Name) -> Name.

%% ------------------------------------------------------------------ information

which_applications() ->
    [{A, description(A), vsn(A)} || {A, _, _} <- application_controller:running()].

which_applications(_Timeout) -> which_applications().

loaded_applications() -> application_controller:loaded().

description(A) -> proplists:get_value(description, application_controller:keys(A)).
vsn(A) -> proplists:get_value(vsn, application_controller:keys(A)).

%% The application of a process is found through its group leader, the master.
get_application() -> get_application(group_leader()).

get_application(Pid) when is_pid(Pid) ->
    case application_controller:app_of_master(Pid) of
        {ok, A} -> {ok, A};
        undefined ->
            case process_info(Pid, group_leader) of
                {group_leader, GL} when GL =/= Pid -> application_controller:app_of_master(GL);
                _ -> undefined
            end
    end;
get_application(Module) when is_atom(Module) ->
    case [A || {A, _, _} <- loaded_applications(),
               lists:member(Module, proplists:get_value(modules, application_controller:keys(A), []))] of
        [A | _] -> {ok, A};
        [] -> undefined
    end.

start_type() ->
    case application_controller:app_of_master(group_leader()) of
        {ok, _} -> application_master:start_type(group_leader());
        undefined -> undefined
    end.

get_key(Key) ->
    case get_application() of
        {ok, App} -> get_key(App, Key);
        undefined -> undefined
    end.

get_key(App, Key) ->
    case get_all_key(App) of
        {ok, Keys} ->
            case lists:keyfind(Key, 1, Keys) of
                {Key, V} -> {ok, V};
                false -> undefined
            end;
        undefined -> undefined
    end.

get_all_key() ->
    case get_application() of
        {ok, App} -> get_all_key(App);
        undefined -> []
    end.

get_all_key(App) ->
    case application_controller:keys(App) of
        undefined -> undefined;
        Keys -> {ok, lists:keyreplace(env, 1, Keys, {env, get_all_env(App)})}
    end.

%% ------------------------------------------------------------------ environment

get_env(Key) ->
    case get_application() of
        {ok, App} -> get_env(App, Key);
        undefined -> undefined
    end.

get_env(App, Key) ->
    _ = application_controller:keys(App),
    case erlts_node_store:get(?ENV, {App, Key}, '$erlts_none') of
        '$erlts_none' -> undefined;
        V -> {ok, V}
    end.

get_env(App, Key, Default) ->
    case get_env(App, Key) of
        {ok, V} -> V;
        undefined -> Default
    end.

set_env(Config) -> set_env(Config, []).

%% [{App, [{Key, Value}]}], as in a sys.config file.
set_env(Config, _Opts) when is_list(Config) ->
    _ = application_controller:keys(kernel),
    lists:foreach(fun({App, Env}) -> [set_env(App, K, V) || {K, V} <- Env] end, Config).

set_env(App, Key, Val) -> set_env(App, Key, Val, []).

set_env(App, Key, Val, _Opts) ->
    _ = application_controller:keys(App),
    erlts_node_store:put(?ENV, {App, Key}, Val).

unset_env(App, Key) -> unset_env(App, Key, []).
unset_env(App, Key, _Opts) ->
    _ = application_controller:keys(App),
    erlts_node_store:erase(?ENV, {App, Key}).

get_all_env() ->
    case get_application() of
        {ok, App} -> get_all_env(App);
        undefined -> []
    end.

%% Most recently set first (OTP's order comes from a hash table; with few keys it is
%% usually this one).
get_all_env(App) ->
    _ = application_controller:keys(App),
    lists:reverse([{K, V} || {{A, K}, V} <- erlts_node_store:to_list(?ENV), A =:= App]).
