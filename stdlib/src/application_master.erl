%% application_master: the process that runs one started application, written for
%% erlts after OTP 25's design.
%%
%% start_link/3 runs in a starter process (application:start/2 spawns it) and
%% starts the master with proc_lib. The master links to application_controller,
%% becomes the group leader of the application (relaying I/O requests to its own
%% group leader), and spawns a helper that calls Mod:start(Type, Args) and then
%% stays linked to the top supervisor it returned. When the top supervisor dies the
%% helper calls Mod:prep_stop/1 and Mod:stop/1 and exits with the same reason; the
%% master then kills what is left of the application and exits with it too.
%%
%% A failing start and the death of the top supervisor end the master with an
%% exception, so proc_lib writes the same CRASH REPORT as OTP's master does. The
%% exits are where OTP's are (lines 142 and 236; Mod:start/2 is called from
%% start_it_old/4 on line 293), since reports show the function and line.
-module(application_master).

-export([start_link/3, stop/1, get_child/1, start_type/1]).
-export([init/4, start_it/4]).

-record(state, {child, app, mod, gleader}).

%% ------------------------------------------------------------------ API

%% Name, {Mod, Args} (or []) and the start type; in the starter process.
start_link(Name, Mod, Type) ->
    Parent = whereis(application_controller),
    proc_lib:start_link(application_master, init, [Parent, self(), {Name, Mod}, Type]).

%% Stops the application: the helper calls prep_stop, shuts the top supervisor
%% down, calls stop; the master exits normally.
stop(Master) ->
    Tag = make_ref(),
    Ref = erlang:monitor(process, Master),
    Master ! {stop, Tag, self()},
    receive
        {Tag, Reply} ->
            receive {'DOWN', Ref, _, _, _} -> Reply end;
        {'DOWN', Ref, _, _, _} -> ok
    end.

%% {TopSupervisorPid, Mod} or error.
get_child(Master) ->
    Tag = make_ref(),
    Master ! {get_child, Tag, self()},
    receive {Tag, Reply} -> Reply end.

start_type(Master) ->
    Master ! {start_type, self()},
    receive {start_type, Type} -> Type end.

%% ------------------------------------------------------------------ the helper

start_it(Tag, Mod, Master, Type) ->
    process_flag(trap_exit, true),
    case Mod of
        {_, _} -> start_it_old(Tag, Master, Type, Mod);
        _ -> Master ! {Tag, {error, {bad_mod, Mod}}}
    end.



































































%% ------------------------------------------------------------------ the master

init(Parent, Starter, {Name, Mod}, Type) ->
    link(Parent),
    process_flag(trap_exit, true),
    OldGL = group_leader(),
    group_leader(self(), self()),
    erlts_node_store:put(app_masters, Name, self()),
    State = #state{app = Name, mod = Mod, gleader = OldGL},
    case start_child(State, Type) of
        {ok, Child} ->
            unlink(Starter),
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, State#state{child = Child});
        {error, Reason} ->
            exit(Reason)
    end.

%% The helper runs Mod:start/2; meanwhile I/O of the starting processes is relayed.
start_child(State, Type) ->
    Tag = make_ref(),
    Pid = spawn_link(application_master, start_it, [Tag, State#state.mod, self(), Type]),
    start_loop(Pid, Tag, State, Type).

start_loop(Pid, Tag, State, Type) ->
    receive
        {io_request, _, _, _} = Req ->
            State#state.gleader ! Req,
            start_loop(Pid, Tag, State, Type);
        {Tag, {ok, _}} ->
            {ok, Pid};
        {Tag, Error} ->
            Error;
        {'EXIT', Pid, Reason} ->
            {error, Reason};
        {start_type, From} ->
            From ! {start_type, Type},
            start_loop(Pid, Tag, State, Type)
    end.

loop(Parent, State) ->
    receive
        {io_request, _, _, _} = Req ->
            State#state.gleader ! Req,
            loop(Parent, State);
        {'EXIT', Parent, Reason} ->
            terminate(Reason, State);
        {'EXIT', Child, Reason} when Child =:= State#state.child ->
            terminate(Reason, State#state{child = undefined});
        {'EXIT', _, _} ->
            loop(Parent, State);
        {start_type, From} ->
            From ! {start_type, local},
            loop(Parent, State);
        {get_child, Tag, From} ->
            State#state.child ! {self(), get_child, Tag, From},
            loop(Parent, State);
        {stop, Tag, From} ->
            catch terminate(normal, State),
            From ! {Tag, ok},
            exit(normal);
        _ ->
            loop(Parent, State)
    end.

terminate_loop(Child, State) ->
    receive
        {io_request, _, _, _} = Req ->
            State#state.gleader ! Req,
            terminate_loop(Child, State);
        {'EXIT', Child, _} ->
            ok
    end.

kill_all(Self) ->
    Mine = [P || P <- processes(), P =/= Self,
                 process_info(P, group_leader) =:= {group_leader, Self}],
    lists:foreach(fun(P) -> exit(P, kill) end, Mine),
    case Mine of
        [] -> ok;
        _ -> kill_all(Self)
    end.

















%% The helper stops the top supervisor (if it still runs); then every process of
%% the application still alive is killed.
terminate(Reason, #state{child = Child} = State) ->
    case Child of
        undefined -> ok;
        _ ->
            Child ! {self(), terminate},
            terminate_loop(Child, State)
    end,
    kill_all(self()),
    exit(Reason).





















































%% Mod:start/2 in the helper; a crash in it shows this function and line in the
%% reason, as OTP's (application_master.erl, line 293).
start_it_old(Tag, Master, Type, {M, A}) ->
    case catch M:start(Type, A) of
        {ok, Pid} ->
            link(Pid),
            Master ! {Tag, {ok, self()}},
            loop_it(Master, Pid, M, []);
        {ok, Pid, AppState} ->
            link(Pid),
            Master ! {Tag, {ok, self()}},
            loop_it(Master, Pid, M, AppState);
        {'EXIT', normal} ->
            Master ! {Tag, {error, {{'EXIT', normal}, {M, start, [Type, A]}}}};
        {error, Reason} ->
            Master ! {Tag, {error, {Reason, {M, start, [Type, A]}}}};
        Other ->
            Master ! {Tag, {error, {bad_return, {{M, start, [Type, A]}, Other}}}}
    end.

%% The helper after a successful start: linked to the top process, it answers
%% get_child, and on terminate (application:stop/1), the master's exit or the top
%% process's exit calls prep_stop/1 (optional: if it crashes, that is reported and
%% the old state is used) and stop/1, then exits. Lines as in OTP's file (stack
%% traces in reports show them).




















































loop_it(Master, Top, M, AppState) ->
    receive
        {Master, get_child, Tag, From} ->
            From ! {Tag, {Top, M}},
            loop_it(Master, Top, M, AppState);
        {Master, terminate} ->
            S = prep_stop(M, AppState),
            exit(Top, shutdown),
            receive
                {'EXIT', Top, _} -> ok
            end,
            catch M:stop(S),
            exit(normal);
        {'EXIT', Master, Reason} ->
            S = prep_stop(M, AppState),
            exit(Top, Reason),
            receive
                {'EXIT', Top, _} -> ok
            end,
            catch M:stop(S),
            exit(Reason);
        {'EXIT', Top, Reason} ->
            S = prep_stop(M, AppState),
            catch M:stop(S),
            exit(Reason);
        _ ->
            loop_it(Master, Top, M, AppState)
    end.

prep_stop(M, AppState) ->
    case catch M:prep_stop(AppState) of
        {'EXIT', {undef, [{M, prep_stop, _, _} | _]}} -> AppState;
        {'EXIT', Reason} ->
            error_logger:error_report([{?MODULE, shutdown_error},
                                       {M, {prep_stop, [AppState]}},
                                       {error_info, Reason}]),
            AppState;
        New -> New
    end.
