%% supervisor: OTP's supervisor behaviour, a gen_server callback module.
%%
%% A supervisor starts its children from the specs its callback's init/1 returns,
%% traps exits, and restarts the children that terminate according to the
%% strategy (one_for_one, one_for_all, rest_for_one, simple_one_for_one) and
%% each child's restart type, as long as no more than `intensity` restarts
%% happen within `period` seconds; past that it terminates its children and
%% stops with reason `shutdown`. Errors are logged as OTP 25 logs them
%% (SUPERVISOR REPORT through logger, progress at info level).
%%
%% State: the static children are kept as {Ids, Db}: Ids newest first (that is
%% termination order, the reverse of start order), Db a map Id -> #child{}.
%% A simple_one_for_one supervisor has exactly one spec in `children` and keeps
%% its running children in `dynamics`: {maps, #{Pid => Args}} when they may be
%% restarted, {mapsets, #{Pid => []}} for temporary ones. A child whose restart
%% failed and is waiting for another try has pid {restarting, OldPid}.
-module(supervisor).
-behaviour(gen_server).

-export([start_link/2, start_link/3, start_child/2, restart_child/2,
         delete_child/2, terminate_child/2, which_children/1, count_children/1,
         check_childspecs/1, check_childspecs/2, get_childspec/2,
         get_callback_module/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2,
         code_change/3, format_status/2]).
-export([format_log/1, format_log/2]).

-include_lib("kernel/include/logger.hrl").

-callback init(Args :: term()) -> {ok, {term(), [term()]}} | ignore.

-record(child, {pid = undefined, id, mfargs, restart_type, significant,
                shutdown, child_type, modules = []}).

-record(state, {name, strategy, children = {[], #{}}, dynamics,
                intensity, period, restarts = [], dynamic_restarts = 0,
                auto_shutdown, module, args}).

-define(SIMPLE(S), S#state.strategy =:= simple_one_for_one).

%%% ------------------------------------------------------------------
%%% API
%%% ------------------------------------------------------------------

start_link(Mod, Args) ->
    gen_server:start_link(supervisor, {self, Mod, Args}, []).

start_link(SupName, Mod, Args) ->
    gen_server:start_link(SupName, supervisor, {SupName, Mod, Args}, []).

start_child(Sup, Spec) -> call(Sup, {start_child, Spec}).
restart_child(Sup, Id) -> call(Sup, {restart_child, Id}).
delete_child(Sup, Id) -> call(Sup, {delete_child, Id}).
terminate_child(Sup, Id) -> call(Sup, {terminate_child, Id}).
get_childspec(Sup, Id) -> call(Sup, {get_childspec, Id}).
which_children(Sup) -> call(Sup, which_children).
count_children(Sup) -> call(Sup, count_children).

call(Sup, Req) -> gen_server:call(Sup, Req, infinity).

check_childspecs(Specs) -> check_childspecs(Specs, undefined).

check_childspecs(Specs, AutoShutdown) when is_list(Specs) ->
    case lists:member(AutoShutdown,
                      [undefined, never, any_significant, all_significant]) of
        true ->
            case check_startspec(Specs, AutoShutdown) of
                {ok, _} -> ok;
                Error -> {error, Error}
            end;
        false ->
            {error, {badarg, AutoShutdown}}
    end;
check_childspecs(X, _AutoShutdown) ->
    {error, {badarg, X}}.

%% The callback module of a running supervisor (release_handler asks this).
get_callback_module(Pid) ->
    {status, _Pid, {module, _Mod}, [_PDict, _SysState, _Parent, _Dbg, Misc]} =
        sys:get_status(Pid),
    case lists:keyfind(supervisor, 1, Misc) of
        {supervisor, [{"Callback", Mod}]} -> Mod;
        _ ->
            [_Header, _Data, {data, [{"State", State}]} | _] = Misc,
            State#state.module
    end.

%%% ------------------------------------------------------------------
%%% gen_server callbacks
%%% ------------------------------------------------------------------

init({SupName, Mod, Args}) ->
    process_flag(trap_exit, true),
    case Mod:init(Args) of
        {ok, {Flags, Specs}} ->
            State0 = #state{name = sup_name(SupName, Mod), module = Mod,
                            args = Args, auto_shutdown = never},
            case apply_flags(Flags, State0) of
                {ok, State} when ?SIMPLE(State) -> init_simple(State, Specs);
                {ok, State} -> init_static(State, Specs);
                Error -> {stop, {supervisor_data, Error}}
            end;
        ignore ->
            ignore;
        Other ->
            {stop, {bad_return, {Mod, init, Other}}}
    end.

sup_name(self, Mod) -> {self(), Mod};
sup_name(Name, _Mod) -> Name.

init_static(State, Specs) ->
    case check_startspec(Specs, State#state.auto_shutdown) of
        {ok, Children} ->
            case start_children(Children, State#state.name) of
                {ok, Started} ->
                    {ok, State#state{children = Started}};
                {error, Partial, Reason} ->
                    _ = terminate_children(Partial, State#state.name),
                    {stop, {shutdown, Reason}}
            end;
        Error ->
            {stop, {start_spec, Error}}
    end.

init_simple(State, [Spec]) ->
    case check_startspec([Spec], State#state.auto_shutdown) of
        {ok, Children} ->
            S = State#state{children = Children},
            Kind = case (dyn_child(S))#child.restart_type of
                       temporary -> mapsets;
                       _ -> maps
                   end,
            {ok, S#state{dynamics = {Kind, #{}}}};
        Error ->
            {stop, {start_spec, Error}}
    end;
init_simple(_State, Specs) ->
    {stop, {bad_start_spec, Specs}}.

%% start_child on a simple_one_for_one supervisor: the argument list is appended
%% to the spec's arguments.
handle_call({start_child, Extra}, _From, State) when ?SIMPLE(State) ->
    #child{mfargs = {M, F, A}} = dyn_child(State),
    Args = A ++ Extra,
    case start_mfa(M, F, Args) of
        {ok, undefined} -> {reply, {ok, undefined}, State};
        {ok, Pid} -> {reply, {ok, Pid}, dyn_put(Pid, Args, State)};
        {ok, Pid, Info} -> {reply, {ok, Pid, Info}, dyn_put(Pid, Args, State)};
        Error -> {reply, Error, State}
    end;
handle_call({start_child, Spec}, _From, State) ->
    case check_childspec(Spec, State#state.auto_shutdown) of
        {ok, Child} ->
            {Reply, NState} = add_child(Child, State),
            {reply, Reply, NState};
        Error ->
            {reply, {error, Error}, State}
    end;

handle_call({terminate_child, Id}, _From, State)
  when ?SIMPLE(State), not is_pid(Id) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({terminate_child, Id}, _From, State) ->
    case lookup(Id, State) of
        {ok, Child} ->
            stop_child(Child, State#state.name),
            {reply, ok, forget_pid(Child, State)};
        error ->
            {reply, {error, not_found}, State}
    end;

handle_call({restart_child, _Id}, _From, State) when ?SIMPLE(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({restart_child, Id}, _From, State) ->
    case lookup(Id, State) of
        {ok, #child{pid = undefined} = Child} ->
            case start_child_rec(State#state.name, Child) of
                {ok, Pid} ->
                    {reply, {ok, Pid}, set_pid(Pid, Id, State)};
                {ok, Pid, Info} ->
                    {reply, {ok, Pid, Info}, set_pid(Pid, Id, State)};
                Error ->
                    {reply, Error, State}
            end;
        {ok, #child{pid = {restarting, _}}} -> {reply, {error, restarting}, State};
        {ok, _} -> {reply, {error, running}, State};
        error -> {reply, {error, not_found}, State}
    end;

handle_call({delete_child, _Id}, _From, State) when ?SIMPLE(State) ->
    {reply, {error, simple_one_for_one}, State};
handle_call({delete_child, Id}, _From, State) ->
    case lookup(Id, State) of
        {ok, #child{pid = undefined}} ->
            {Ids, Db} = State#state.children,
            {reply, ok,
             State#state{children = {lists:delete(Id, Ids), maps:remove(Id, Db)}}};
        {ok, #child{pid = {restarting, _}}} -> {reply, {error, restarting}, State};
        {ok, _} -> {reply, {error, running}, State};
        error -> {reply, {error, not_found}, State}
    end;

handle_call({get_childspec, Id}, _From, State) ->
    case lookup(Id, State) of
        {ok, Child} -> {reply, {ok, to_spec(Child)}, State};
        error -> {reply, {error, not_found}, State}
    end;

handle_call(which_children, _From, State) when ?SIMPLE(State) ->
    #child{child_type = Type, modules = Mods} = dyn_child(State),
    {_, Db} = State#state.dynamics,
    Reply = [case P of
                 {restarting, _} -> {undefined, restarting, Type, Mods};
                 _ -> {undefined, P, Type, Mods}
             end || P <- maps:keys(Db)],
    {reply, Reply, State};
handle_call(which_children, _From, State) ->
    {Ids, Db} = State#state.children,
    Reply = [begin
                 #child{pid = P, child_type = Type, modules = Mods} = maps:get(Id, Db),
                 case P of
                     {restarting, _} -> {Id, restarting, Type, Mods};
                     _ -> {Id, P, Type, Mods}
                 end
             end || Id <- Ids],
    {reply, Reply, State};

handle_call(count_children, _From, State) when ?SIMPLE(State) ->
    #child{child_type = Type} = dyn_child(State),
    {_, Db} = State#state.dynamics,
    N = map_size(Db),
    %% restarting entries count as children but not as active ones
    Active = N - State#state.dynamic_restarts,
    {Sups, Workers} = case Type of
                          supervisor -> {N, 0};
                          worker -> {0, N}
                      end,
    {reply, [{specs, 1}, {active, Active}, {supervisors, Sups},
             {workers, Workers}], State};
handle_call(count_children, _From, State) ->
    {_, Db} = State#state.children,
    {Specs, Active, Sups, Workers} =
        maps:fold(fun(_Id, #child{pid = P, child_type = T}, {S, A, Su, W}) ->
                          A1 = case is_pid(P) andalso is_process_alive(P) of
                                   true -> A + 1;
                                   false -> A
                               end,
                          case T of
                              supervisor -> {S + 1, A1, Su + 1, W};
                              worker -> {S + 1, A1, Su, W + 1}
                          end
                  end, {0, 0, 0, 0}, Db),
    {reply, [{specs, Specs}, {active, Active}, {supervisors, Sups},
             {workers, Workers}], State}.

%% A restart that failed is tried again through the mailbox, so that other
%% requests (a shutdown, a terminate_child) get a chance in between.
handle_cast({try_again_restart, Key}, State) ->
    case lookup_with_args(Key, State) of
        {ok, #child{pid = {restarting, _}} = Child} ->
            case restart(Child, State) of
                {ok, NState} -> {noreply, NState};
                {shutdown, NState} -> {stop, shutdown, NState}
            end;
        _ ->
            {noreply, State}
    end.

handle_info({'EXIT', Pid, Reason}, State) ->
    case lookup_with_args(Pid, State) of
        {ok, Child} ->
            case child_exited(Reason, Child, State) of
                {ok, NState} -> {noreply, NState};
                {shutdown, NState} -> {stop, shutdown, NState}
            end;
        error ->
            {noreply, State}
    end;
handle_info(Msg, State) ->
    ?LOG_ERROR("Supervisor received unexpected message: ~tp~n", [Msg],
               #{domain => [otp], error_logger => #{tag => error}}),
    {noreply, State}.

terminate(_Reason, State) when ?SIMPLE(State) ->
    stop_dynamic_children(State);
terminate(_Reason, State) ->
    terminate_children(State#state.children, State#state.name),
    ok.

%% A code change re-reads the flags and specs from the callback's init/1 (with
%% the original arguments): specs of running children are replaced, children
%% missing from the new specs are kept.
code_change(_OldVsn, State, _Extra) ->
    Mod = State#state.module,
    case Mod:init(State#state.args) of
        {ok, {Flags, Specs}} ->
            case apply_flags(Flags, State) of
                {ok, State1} -> new_specs(State1, Specs);
                {invalid_type, Flags} -> {error, {bad_flags, Flags}};
                Error -> {error, Error}
            end;
        ignore ->
            {ok, State};
        Error ->
            Error
    end.

new_specs(State, Specs) when ?SIMPLE(State) ->
    case check_startspec(Specs, State#state.auto_shutdown) of
        {ok, {[_], _} = Children} -> {ok, State#state{children = Children}};
        {ok, _} -> {error, {ok, check_startspec(Specs, State#state.auto_shutdown)}};
        Error -> {error, Error}
    end;
new_specs(State, Specs) ->
    case check_startspec(Specs, State#state.auto_shutdown) of
        {ok, {NewIds, NewDb}} ->
            {OldIds, OldDb} = State#state.children,
            {Db1, Kept} =
                lists:foldl(
                  fun(Id, {Db, K}) ->
                          Old = maps:get(Id, OldDb),
                          case maps:find(Id, Db) of
                              {ok, New} -> {Db#{Id := New#child{pid = Old#child.pid}}, K};
                              error -> {Db, [Id | K]}
                          end
                  end, {NewDb, []}, OldIds),
            Ids = lists:reverse(NewIds ++ Kept),
            {ok, State#state{children = {Ids, maps:merge(maps:with(Kept, OldDb), Db1)}}};
        Error ->
            {error, Error}
    end.

format_status(terminate, [_PDict, State]) ->
    State;
format_status(_Opt, [_PDict, State]) ->
    [{data, [{"State", State}]},
     {supervisor, [{"Callback", State#state.module}]}].

%%% ------------------------------------------------------------------
%%% Starting children
%%% ------------------------------------------------------------------

%% Starts Children ({Ids in start order, Db}); the result has Ids newest first.
%% On the first failure: {error, Children, {failed_to_start_child, Id, Reason}}
%% where Children holds the started ones first, then the failed and unstarted.
start_children({Ids, Db}, SupName) ->
    start_children(Ids, Db, [], SupName).

start_children([Id | Rest], Db, Done, SupName) ->
    Child = maps:get(Id, Db),
    case start_child_rec(SupName, Child) of
        {ok, undefined} when Child#child.restart_type =:= temporary ->
            start_children(Rest, maps:remove(Id, Db), Done, SupName);
        {ok, Pid} ->
            start_children(Rest, Db#{Id := Child#child{pid = Pid}}, [Id | Done], SupName);
        {ok, Pid, _Info} ->
            start_children(Rest, Db#{Id := Child#child{pid = Pid}}, [Id | Done], SupName);
        {error, Reason} ->
            report(start_error, Reason, Child, SupName),
            {error, {lists:reverse(Rest) ++ [Id | Done], Db},
             {failed_to_start_child, Id, Reason}}
    end;
start_children([], Db, Done, _SupName) ->
    {ok, {Done, Db}}.

start_child_rec(SupName, #child{mfargs = {M, F, A}} = Child) ->
    case start_mfa(M, F, A) of
        {ok, Pid} when is_pid(Pid) ->
            progress(Child#child{pid = Pid}, SupName),
            {ok, Pid};
        {ok, Pid, Info} when is_pid(Pid) ->
            progress(Child#child{pid = Pid}, SupName),
            {ok, Pid, Info};
        Other ->
            Other
    end.

%% Runs a start function; anything but a pid, ignore or {error, _} (including
%% an exception, through catch) is an error.
start_mfa(M, F, A) ->
    case catch apply(M, F, A) of
        {ok, Pid} when is_pid(Pid) -> {ok, Pid};
        {ok, Pid, Info} when is_pid(Pid) -> {ok, Pid, Info};
        ignore -> {ok, undefined};
        {error, _} = Error -> Error;
        Other -> {error, Other}
    end.

add_child(#child{id = Id} = Child, State) ->
    case lookup(Id, State) of
        error ->
            case start_child_rec(State#state.name, Child) of
                {ok, undefined} when Child#child.restart_type =:= temporary ->
                    {{ok, undefined}, State};
                {ok, Pid} ->
                    {{ok, Pid}, store_child(Child#child{pid = Pid}, State)};
                {ok, Pid, Info} ->
                    {{ok, Pid, Info}, store_child(Child#child{pid = Pid}, State)};
                {error, Reason} ->
                    {{error, {Reason, Child}}, State}
            end;
        {ok, #child{pid = Pid}} when is_pid(Pid) ->
            {{error, {already_started, Pid}}, State};
        {ok, _} ->
            {{error, already_present}, State}
    end.

%% Temporary children are never restarted: their arguments are not kept.
store_child(#child{id = Id, restart_type = Restart, mfargs = {M, F, _}} = Child,
            #state{children = {Ids, Db}} = State) ->
    Kept = case Restart of
               temporary -> Child#child{mfargs = {M, F, undefined}};
               _ -> Child
           end,
    State#state{children = {[Id | Ids], Db#{Id => Kept}}}.

%%% ------------------------------------------------------------------
%%% A child terminated
%%% ------------------------------------------------------------------

child_exited(Reason, #child{restart_type = permanent} = Child, State) ->
    report(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
child_exited(Reason, Child, State) ->
    case is_clean_exit(Reason) of
        true ->
            auto_shutdown(Child, forget_pid(Child, State));
        false when Child#child.restart_type =:= transient ->
            report(child_terminated, Reason, Child, State#state.name),
            restart(Child, State);
        false ->
            report(child_terminated, Reason, Child, State#state.name),
            auto_shutdown(Child, forget_pid(Child, State))
    end.

is_clean_exit(normal) -> true;
is_clean_exit(shutdown) -> true;
is_clean_exit({shutdown, _}) -> true;
is_clean_exit(_) -> false.

%% A significant child that ended (and is not restarted) may stop the supervisor.
auto_shutdown(_Child, #state{auto_shutdown = never} = State) ->
    {ok, State};
auto_shutdown(#child{significant = false}, State) ->
    {ok, State};
auto_shutdown(_Child, #state{auto_shutdown = any_significant} = State) ->
    {shutdown, State};
auto_shutdown(_Child, State) when ?SIMPLE(State) ->
    {_, Db} = State#state.dynamics,
    case map_size(Db) of
        0 -> {shutdown, State};
        _ -> {ok, State}
    end;
auto_shutdown(_Child, State) ->
    {_, Db} = State#state.children,
    Running = [Id || #child{id = Id, pid = P, significant = true} <- maps:values(Db),
                     P =/= undefined],
    case Running of
        [] -> {shutdown, State};
        _ -> {ok, State}
    end.

restart(Child, State) ->
    case count_restart(State) of
        {ok, State1} ->
            case restart(State1#state.strategy, Child, State1) of
                {{try_again, Key}, State2} ->
                    gen_server:cast(self(), {try_again_restart, Key}),
                    {ok, State2};
                Other ->
                    Other
            end;
        {too_many, State1} ->
            report(shutdown, reached_max_restart_intensity, Child, State#state.name),
            {shutdown, forget_pid(Child, State1)}
    end.

restart(simple_one_for_one, #child{pid = OldPid, mfargs = {M, F, A}} = Child, State0) ->
    State1 = case OldPid of
                 {restarting, _} ->
                     State0#state{dynamic_restarts = State0#state.dynamic_restarts - 1};
                 _ ->
                     State0
             end,
    State2 = dyn_remove(OldPid, State1),
    case start_mfa(M, F, A) of
        {ok, Pid} -> {ok, dyn_put(Pid, A, State2)};
        {ok, Pid, _Info} -> {ok, dyn_put(Pid, A, State2)};
        {error, Reason} ->
            Key = as_restarting(OldPid),
            State3 = dyn_put(Key, A, State2#state{
                                       dynamic_restarts = State2#state.dynamic_restarts + 1}),
            report(start_error, Reason, Child, State3#state.name),
            {{try_again, Key}, State3}
    end;
restart(one_for_one, #child{id = Id, pid = OldPid} = Child, State) ->
    case start_child_rec(State#state.name, Child) of
        {ok, Pid} -> {ok, set_pid(Pid, Id, State)};
        {ok, Pid, _Info} -> {ok, set_pid(Pid, Id, State)};
        {error, Reason} ->
            report(start_error, Reason, Child, State#state.name),
            {{try_again, Id}, set_pid(as_restarting(OldPid), Id, State)}
    end;
restart(rest_for_one, #child{id = Id} = Child, #state{children = {Ids, Db}} = State) ->
    %% Ids is newest first: the failed child and the ones started after it
    %% come before it in the list.
    {After, [Id | Before]} = lists:splitwith(fun(I) -> I =/= Id end, Ids),
    AfterIds = After ++ [Id],
    AfterDb0 = maps:with(AfterIds, Db),
    AfterDb = AfterDb0#{Id := (maps:get(Id, Db))#child{pid = undefined}},
    {Result, {NIds, NDb}} = restart_group(Child, {AfterIds, AfterDb}, State#state.name),
    {Result, State#state{children = {NIds ++ Before,
                                     maps:merge(maps:with(Before, Db), NDb)}}};
restart(one_for_all, #child{id = Id} = Child, #state{children = Children} = State) ->
    {Result, NChildren} = restart_group(Child, drop_pid(Id, Children), State#state.name),
    {Result, State#state{children = NChildren}}.

%% Stops a group of children (newest first) and starts them again (oldest first).
restart_group(Child, Group, SupName) ->
    Stopped = terminate_children(Group, SupName),
    case start_children(Stopped, SupName) of
        {ok, Started} ->
            {ok, Started};
        {error, Partial, {failed_to_start_child, FailedId, _Reason}} ->
            NewPid = case FailedId =:= Child#child.id of
                         true -> as_restarting(Child#child.pid);
                         false -> {restarting, undefined}
                     end,
            {{try_again, FailedId}, set_pid(NewPid, FailedId, Partial)}
    end.

as_restarting(Pid) when is_pid(Pid) -> {restarting, Pid};
as_restarting(Other) -> Other.

%% Restart intensity: the times (in seconds) of the restarts within the last
%% `period` seconds, newest first.
count_restart(#state{intensity = Max, period = Period, restarts = R} = State) ->
    Now = erlang:monotonic_time(1),
    Recent = [Now | lists:takewhile(fun(T) -> T >= Now - Period end, R)],
    State1 = State#state{restarts = Recent},
    case length(Recent) =< Max of
        true -> {ok, State1};
        false -> {too_many, State1}
    end.

%%% ------------------------------------------------------------------
%%% Terminating children
%%% ------------------------------------------------------------------

%% Terminates the children of {Ids, Db} (Ids newest first) one by one; the
%% result has Ids oldest first (start order), temporary children dropped.
terminate_children({Ids, Db}, SupName) ->
    lists:foldl(
      fun(Id, {Acc, D}) ->
              Child = maps:get(Id, D),
              stop_child(Child, SupName),
              case Child#child.restart_type of
                  temporary -> {Acc, maps:remove(Id, D)};
                  _ -> {[Id | Acc], D#{Id := Child#child{pid = undefined}}}
              end
      end, {[], Db}, Ids).

%% Terminates one child (when it runs) and reports an unexpected exit reason.
stop_child(#child{pid = Pid} = Child, SupName) when is_pid(Pid) ->
    case shutdown(Child) of
        ok -> ok;
        {error, Reason} -> report(shutdown_error, Reason, Child, SupName)
    end,
    ok;
stop_child(_Child, _SupName) ->
    ok.

%% brutal_kill: exit(Pid, kill). A timeout (or infinity): exit(Pid, shutdown),
%% then kill when it has not ended in time. The end is watched with a monitor,
%% not the link, so that a child which unlinked cannot hang the supervisor.
shutdown(#child{pid = Pid, shutdown = brutal_kill} = Child) ->
    Mon = erlang:monitor(process, Pid),
    exit(Pid, kill),
    receive
        {'DOWN', Mon, process, Pid, Reason} -> judge(Pid, Reason, killed, Child)
    end;
shutdown(#child{pid = Pid, shutdown = Time} = Child) ->
    Mon = erlang:monitor(process, Pid),
    exit(Pid, shutdown),
    receive
        {'DOWN', Mon, process, Pid, Reason} -> judge(Pid, Reason, shutdown, Child)
    after Time ->
            exit(Pid, kill),
            receive
                {'DOWN', Mon, process, Pid, Reason} -> judge(Pid, Reason, shutdown, Child)
            end
    end.

judge(Pid, DownReason, Expected, Child) ->
    Reason = exit_reason(Pid, DownReason),
    case expected_exit(Reason, Expected, Child#child.restart_type) of
        true -> ok;
        false -> {error, Reason}
    end.

expected_exit(Expected, Expected, _Restart) -> true;
expected_exit(_Reason, _Expected, permanent) -> false;
expected_exit(shutdown, _Expected, _Restart) -> true;
expected_exit(normal, _Expected, _Restart) -> true;
expected_exit({shutdown, _}, _Expected, _Restart) -> true;
expected_exit(_Reason, _Expected, _Restart) -> false.

%% After unlink/1 the 'EXIT' of a dead child is in the mailbox if it was sent;
%% its reason is the one the child really ended with (a 'DOWN' can say noproc).
exit_reason(Pid, DownReason) ->
    unlink(Pid),
    receive
        {'EXIT', Pid, Reason} -> Reason
    after 0 -> DownReason
    end.

%% Stopping a simple_one_for_one supervisor: all children are told at once,
%% then awaited; unexpected reasons are reported once per reason with the
%% number of children that ended with it.
stop_dynamic_children(State) ->
    Child = dyn_child(State),
    {_, Db} = State#state.dynamics,
    Signal = case Child#child.shutdown of
                 brutal_kill -> kill;
                 _ -> shutdown
             end,
    Waiting = maps:fold(fun(P, _, Acc) when is_pid(P) ->
                                Mon = erlang:monitor(process, P),
                                exit(P, Signal),
                                Acc#{{P, Mon} => true};
                           (_, _, Acc) ->
                                Acc
                        end, #{}, Db),
    Timer = case Child#child.shutdown of
                brutal_kill -> undefined;
                infinity -> undefined;
                Time -> erlang:start_timer(Time, self(), kill)
            end,
    Expected = case Signal of kill -> killed; shutdown -> shutdown end,
    Errors = await_children(Child, Waiting, Timer, Expected, #{}),
    maps:foreach(fun(Reason, Pids) ->
                         report(shutdown_error, Reason, Child#child{pid = Pids},
                                State#state.name)
                 end, Errors).

await_children(_Child, Waiting, Timer, _Expected, Errors) when map_size(Waiting) =:= 0 ->
    case Timer of
        undefined -> ok;
        _ ->
            _ = erlang:cancel_timer(Timer),
            receive {timeout, Timer, kill} -> ok after 0 -> ok end
    end,
    Errors;
await_children(Child, Waiting, Timer, Expected, Errors) ->
    receive
        {'DOWN', Mon, process, Pid, Down} when is_map_key({Pid, Mon}, Waiting) ->
            Reason = exit_reason(Pid, Down),
            Errors1 = case expected_exit(Reason, Expected, Child#child.restart_type) of
                          true -> Errors;
                          false -> maps:update_with(Reason, fun(L) -> [Pid | L] end,
                                                    [Pid], Errors)
                      end,
            await_children(Child, maps:remove({Pid, Mon}, Waiting), Timer, Expected, Errors1);
        {timeout, Timer, kill} when Timer =/= undefined ->
            maps:foreach(fun({P, _}, _) -> exit(P, kill) end, Waiting),
            await_children(Child, Waiting, undefined, Expected, Errors)
    end.

%%% ------------------------------------------------------------------
%%% The children in the state
%%% ------------------------------------------------------------------

%% By id, or by pid for a simple_one_for_one supervisor (a dead pid it does
%% not know gives the spec, so terminate_child of it is ok).
lookup(Pid, State) when is_pid(Pid), ?SIMPLE(State) ->
    case dyn_lookup(Pid, State) of
        error ->
            case dyn_lookup({restarting, Pid}, State) of
                error ->
                    case is_process_alive(Pid) of
                        true -> error;
                        false -> {ok, dyn_child(State)}
                    end;
                Found -> Found
            end;
        Found -> Found
    end;
lookup(Id, #state{children = {_, Db}}) ->
    maps:find(Id, Db).

%% As lookup/2, by pid (or {restarting, Pid}) too, with the arguments a
%% dynamic child was started with.
lookup_with_args(Key, State) when ?SIMPLE(State) ->
    case dyn_lookup(Key, State) of
        {ok, #child{mfargs = {M, F, _}} = Child} ->
            Args = case State#state.dynamics of
                       {mapsets, _} -> undefined;
                       {maps, Db} -> maps:get(Key, Db)
                   end,
            {ok, Child#child{mfargs = {M, F, Args}}};
        error ->
            error
    end;
lookup_with_args(Pid, #state{children = {_, Db}}) when is_pid(Pid) ->
    case [C || #child{pid = P} = C <- maps:values(Db), P =:= Pid] of
        [Child | _] -> {ok, Child};
        [] -> error
    end;
lookup_with_args(Id, #state{children = {_, Db}}) ->
    maps:find(Id, Db).

%% The child is no longer running: a temporary child is forgotten, the others
%% keep their spec with pid undefined.
forget_pid(#child{pid = Pid}, State) when ?SIMPLE(State) ->
    dyn_remove(Pid, State);
forget_pid(#child{id = Id}, #state{children = Children} = State) ->
    State#state{children = drop_pid(Id, Children)}.

drop_pid(Id, {Ids, Db}) ->
    case maps:get(Id, Db) of
        #child{restart_type = temporary} -> {lists:delete(Id, Ids), maps:remove(Id, Db)};
        Child -> {Ids, Db#{Id := Child#child{pid = undefined}}}
    end.

set_pid(Pid, Id, #state{children = Children} = State) ->
    State#state{children = set_pid(Pid, Id, Children)};
set_pid(Pid, Id, {Ids, Db}) ->
    {Ids, Db#{Id := (maps:get(Id, Db))#child{pid = Pid}}}.

dyn_child(#state{children = {[Id], Db}}) -> maps:get(Id, Db).

dyn_lookup(Key, #state{dynamics = {_, Db}} = State) ->
    case is_map_key(Key, Db) of
        true -> {ok, (dyn_child(State))#child{pid = Key}};
        false -> error
    end.

dyn_put(Pid, Args, #state{dynamics = {mapsets, Db}} = State) ->
    _ = Args,
    State#state{dynamics = {mapsets, Db#{Pid => []}}};
dyn_put(Pid, Args, #state{dynamics = {maps, Db}} = State) ->
    State#state{dynamics = {maps, Db#{Pid => Args}}}.

dyn_remove(Pid, #state{dynamics = {Kind, Db}} = State) ->
    State#state{dynamics = {Kind, maps:remove(Pid, Db)}}.

%%% ------------------------------------------------------------------
%%% Checking flags and child specs
%%% ------------------------------------------------------------------

apply_flags(Flags, State) ->
    try check_flags(Flags) of
        #{strategy := S, intensity := I, period := P, auto_shutdown := A} ->
            {ok, State#state{strategy = S, intensity = I, period = P, auto_shutdown = A}}
    catch
        throw:Error -> Error
    end.

check_flags(Flags) when is_map(Flags) ->
    F = maps:merge(#{strategy => one_for_one, intensity => 1, period => 5,
                     auto_shutdown => never}, Flags),
    #{strategy := S, intensity := I, period := P, auto_shutdown := A} = F,
    lists:member(S, [one_for_one, one_for_all, rest_for_one, simple_one_for_one])
        orelse throw({invalid_strategy, S}),
    (is_integer(I) andalso I >= 0) orelse throw({invalid_intensity, I}),
    (is_integer(P) andalso P > 0) orelse throw({invalid_period, P}),
    lists:member(A, [never, any_significant, all_significant])
        orelse throw({invalid_auto_shutdown, A}),
    F;
check_flags({S, I, P}) ->
    check_flags(#{strategy => S, intensity => I, period => P, auto_shutdown => never});
check_flags(Other) ->
    throw({invalid_type, Other}).

%% {ok, {Ids in start order, Db}} or the first error.
check_startspec(Specs, AutoShutdown) ->
    check_startspec(Specs, [], #{}, AutoShutdown).

check_startspec([Spec | Rest], Ids, Db, AutoShutdown) ->
    case check_childspec(Spec, AutoShutdown) of
        {ok, #child{id = Id} = Child} ->
            case is_map_key(Id, Db) of
                true -> {duplicate_child_name, Id};
                false -> check_startspec(Rest, [Id | Ids], Db#{Id => Child}, AutoShutdown)
            end;
        Error ->
            Error
    end;
check_startspec([], Ids, Db, _AutoShutdown) ->
    {ok, {lists:reverse(Ids), Db}}.

check_childspec(Spec, AutoShutdown) when is_map(Spec) ->
    try
        valid_spec(maps:merge(#{restart => permanent, type => worker}, Spec), AutoShutdown)
    catch
        throw:Error -> Error
    end;
check_childspec({Id, Start, Restart, Shutdown, Type, Mods}, AutoShutdown) ->
    check_childspec(#{id => Id, start => Start, restart => Restart,
                      significant => false, shutdown => Shutdown, type => Type,
                      modules => Mods}, AutoShutdown);
check_childspec(Other, _AutoShutdown) ->
    {invalid_child_spec, Other}.

valid_spec(#{restart := Restart, type := Type} = Spec, AutoShutdown) ->
    Id = case Spec of #{id := I} -> I; _ -> throw(missing_id) end,
    Start = case Spec of #{start := S} -> S; _ -> throw(missing_start) end,
    case Start of
        {M, F, A} when is_atom(M), is_atom(F), is_list(A) -> ok;
        _ -> throw({invalid_mfa, Start})
    end,
    lists:member(Restart, [permanent, temporary, transient])
        orelse throw({invalid_restart_type, Restart}),
    Significant = maps:get(significant, Spec, false),
    valid_significant(Significant, Restart, AutoShutdown),
    lists:member(Type, [supervisor, worker]) orelse throw({invalid_child_type, Type}),
    Shutdown = case Spec of
                   #{shutdown := Sh} -> Sh;
                   #{type := worker} -> 5000;
                   #{type := supervisor} -> infinity
               end,
    case Shutdown of
        infinity -> ok;
        brutal_kill -> ok;
        _ when is_integer(Shutdown), Shutdown >= 0 -> ok;
        _ -> throw({invalid_shutdown, Shutdown})
    end,
    Mods = case Spec of
               #{modules := Ms} -> Ms;
               _ -> [element(1, Start)]
           end,
    case Mods of
        dynamic -> ok;
        _ when is_list(Mods) ->
            [throw({invalid_module, Mod}) || Mod <- Mods, not is_atom(Mod)],
            ok;
        _ -> throw({invalid_modules, Mods})
    end,
    {ok, #child{id = Id, mfargs = Start, restart_type = Restart,
                significant = Significant, shutdown = Shutdown,
                child_type = Type, modules = Mods}}.

valid_significant(true, _Restart, never) ->
    throw({bad_combination, [{auto_shutdown, never}, {significant, true}]});
valid_significant(true, permanent, _AutoShutdown) ->
    throw({bad_combination, [{restart, permanent}, {significant, true}]});
valid_significant(B, _Restart, _AutoShutdown) when is_boolean(B) ->
    ok;
valid_significant(Other, _Restart, _AutoShutdown) ->
    throw({invalid_significant, Other}).

to_spec(#child{id = Id, mfargs = Start, restart_type = Restart, significant = Sig,
               shutdown = Shutdown, child_type = Type, modules = Mods}) ->
    #{id => Id, start => Start, restart => Restart, significant => Sig,
      shutdown => Shutdown, type => Type, modules => Mods}.

%%% ------------------------------------------------------------------
%%% Reports
%%% ------------------------------------------------------------------

%% The offender as reports show it: a list of pids (the children of a
%% simple_one_for_one supervisor that ended alike) is shown as their number.
offender(#child{pid = Pid} = C) ->
    First = case is_list(Pid) of
                true -> {nb_children, length(Pid)};
                false -> {pid, Pid}
            end,
    [First, {id, C#child.id}, {mfargs, C#child.mfargs},
     {restart_type, C#child.restart_type}, {significant, C#child.significant},
     {shutdown, C#child.shutdown}, {child_type, C#child.child_type}].

report(Context, Reason, Child, SupName) ->
    ?LOG_ERROR(#{label => {supervisor, Context},
                 report => [{supervisor, SupName}, {errorContext, Context},
                            {reason, Reason}, {offender, offender(Child)}]},
               #{domain => [otp, sasl],
                 report_cb => fun supervisor:format_log/2,
                 logger_formatter => #{title => "SUPERVISOR REPORT"},
                 error_logger => #{tag => error_report, type => supervisor_report,
                                   report_cb => fun supervisor:format_log/1}}).

%% Info level: the default primary level (notice) does not print these.
progress(Child, SupName) ->
    ?LOG_INFO(#{label => {supervisor, progress},
                report => [{supervisor, SupName}, {started, offender(Child)}]},
              #{domain => [otp, sasl],
                report_cb => fun supervisor:format_log/2,
                logger_formatter => #{title => "PROGRESS REPORT"},
                error_logger => #{tag => info_report, type => progress,
                                  report_cb => fun supervisor:format_log/1}}).

%% The report callback of error_logger's legacy handlers: {Format, Args}.
format_log(Report) ->
    format_multi(Report, #{depth => unlimited, encoding => utf8}).

%% The report callback of logger's handlers: the text.
format_log(Report, Opts0) ->
    Opts = maps:merge(#{chars_limit => unlimited, depth => unlimited,
                        single_line => false, encoding => utf8}, Opts0),
    {Format, Args} = case Opts of
                         #{single_line := true} -> format_single(Report, Opts);
                         _ -> format_multi(Report, Opts)
                     end,
    case Opts of
        #{chars_limit := unlimited} -> io_lib:format(Format, Args);
        #{chars_limit := Limit} -> io_lib:format(Format, Args, [{chars_limit, Limit}])
    end.

format_multi(#{label := {supervisor, progress},
               report := [{supervisor, Sup}, {started, Child}]}, Opts) ->
    P = directive(Opts),
    {"    supervisor: " ++ P ++ "~n    started: " ++ P ++ "~n",
     with_depth([Sup, Child], Opts)};
format_multi(#{label := {supervisor, _},
               report := [{supervisor, Sup}, {errorContext, Ctx}, {reason, Reason},
                          {offender, Child}]}, Opts) ->
    P = directive(Opts),
    {"    supervisor: " ++ P ++ "~n    errorContext: " ++ P ++ "~n    reason: " ++ P
     ++ "~n    offender: " ++ P ++ "~n",
     with_depth([Sup, Ctx, Reason, Child], Opts)}.

format_single(#{label := {supervisor, progress},
                report := [{supervisor, Sup}, {started, Child}]}, Opts) ->
    P = directive(Opts),
    {CF, CA} = child_single(Child, "Started:"),
    {"Supervisor: " ++ P ++ "." ++ CF, with_depth([Sup], Opts) ++ CA};
format_single(#{label := {supervisor, _},
                report := [{supervisor, Sup}, {errorContext, Ctx}, {reason, Reason},
                           {offender, Child}]}, Opts) ->
    P = directive(Opts),
    {CF, CA} = child_single(Child, "Offender:"),
    {"Supervisor: " ++ P ++ ". Context: " ++ P ++ ". Reason: " ++ P ++ "." ++ CF,
     with_depth([Sup, Ctx, Reason], Opts) ++ CA};
format_single(Report, Opts) ->
    format_multi(Report, Opts).

child_single(Child, Tag) ->
    {id, Id} = lists:keyfind(id, 1, Child),
    case lists:keyfind(pid, 1, Child) of
        {pid, Pid} ->
            {" ~s id=~w,pid=~w.", [Tag, Id, Pid]};
        false ->
            {nb_children, N} = lists:keyfind(nb_children, 1, Child),
            {" ~s id=~w,nb_children=~w.", [Tag, Id, N]}
    end.

directive(Opts) ->
    "~" ++ case maps:get(single_line, Opts, false) of true -> "0"; false -> "" end
        ++ case maps:get(encoding, Opts, utf8) of latin1 -> ""; _ -> "t" end
        ++ case maps:get(depth, Opts, unlimited) of unlimited -> "p"; _ -> "P" end.

with_depth(Args, Opts) ->
    case maps:get(depth, Opts, unlimited) of
        unlimited -> Args;
        D -> lists:append([[A, D] || A <- Args])
    end.
