%% gen_statem: the generic state machine behaviour, as OTP 25's.
%%
%% A server process (started through gen/proc_lib) that keeps {State, Data} and calls
%% Module:State/3 (callback mode state_functions) or Module:handle_event/4
%% (handle_event_function) for every event, optionally with state enter calls. Events
%% come from calls, casts, plain messages, the machine's own next_event actions and its
%% timeouts: the event timeout (cancelled by any event), the state timeout (cancelled by
%% a state change) and generic {timeout, Name} timeouts. Postponed events are retried
%% after the next state change.
%%
%% The event queue Q always holds the event being handled at its head (at start a dummy
%% {internal, init_state} that is never delivered) followed by the events still to run.
%%
%% Error reports and exit reasons are OTP's. The functions that show up in stack traces
%% of OTP's reports (loop_state_callback/11, loop_state_callback_result/11, ...) have
%% OTP's names and arities, and `-file` attributes put their call sites on the lines
%% OTP's gen_statem.erl has them on; stack traces OTP takes with process_info
%% (current_stacktrace) at a given line are built by st/3. (`-file(F, N).` numbers the
%% line after it N + 1.)
-module(gen_statem).

-export([start/3, start/4, start_link/3, start_link/4,
         start_monitor/3, start_monitor/4,
         stop/1, stop/3, cast/2, call/2, call/3,
         send_request/2, send_request/4,
         wait_response/1, wait_response/2, wait_response/3,
         receive_response/1, receive_response/2, receive_response/3,
         check_response/2, check_response/3,
         reqids_new/0, reqids_size/1, reqids_add/3, reqids_to_list/1,
         reply/1, reply/2,
         enter_loop/4, enter_loop/5, enter_loop/6]).
%% gen, proc_lib and sys call these.
-export([init_it/6, wakeup_from_hibernate/3,
         system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2]).
-export([format_log/1, format_log/2]).

-callback init(Args :: term()) -> term().
-callback callback_mode() -> term().
-callback state_name(term(), term(), term()) -> term().
-callback handle_event(term(), term(), term(), term()) -> term().
-callback terminate(term(), term(), term()) -> term().
-callback code_change(term(), term(), term(), term()) -> term().
-callback format_status(term(), list()) -> term().
-callback format_status(map()) -> map().
-optional_callbacks([format_status/1, format_status/2, terminate/3,
                     code_change/4, state_name/3, handle_event/4]).

-record(params, {callback_mode = state_functions,
                 state_enter = false,
                 parent,
                 modules = [?MODULE],
                 name,
                 hibernate_after = infinity}).

%% timers: TimeoutType => {TimerRef, Msg}; a zero timeout has TimerRef 0 and its type
%% is also in the list under the fixed key t0q (in the order they fire).
-record(state, {state_data = {undefined, undefined},
                postponed = [],
                timers = #{t0q => []},
                hibernate = false}).

-define(STACKTRACE(Line), st(?FUNCTION_NAME, ?FUNCTION_ARITY, Line)).
-define(relative_timeout(T), ((is_integer(T) andalso 0 =< (T)) orelse (T) =:= infinity)).

-include_lib("kernel/include/logger.hrl").

%%--------------------------------------------------------------------------------------
%% Starting and stopping

start(Module, Args, Opts) ->
    gen:start(?MODULE, nolink, Module, Args, Opts).
start(ServerName, Module, Args, Opts) ->
    gen:start(?MODULE, nolink, ServerName, Module, Args, Opts).

start_link(Module, Args, Opts) ->
    gen:start(?MODULE, link, Module, Args, Opts).
start_link(ServerName, Module, Args, Opts) ->
    gen:start(?MODULE, link, ServerName, Module, Args, Opts).

start_monitor(Module, Args, Opts) ->
    gen:start(?MODULE, monitor, Module, Args, Opts).
start_monitor(ServerName, Module, Args, Opts) ->
    gen:start(?MODULE, monitor, ServerName, Module, Args, Opts).

stop(ServerRef) ->
    gen:stop(ServerRef).
stop(ServerRef, Reason, Timeout) ->
    gen:stop(ServerRef, Reason, Timeout).

%%--------------------------------------------------------------------------------------
%% Client side

cast(ServerRef, Msg) when is_pid(ServerRef); is_atom(ServerRef) ->
    send(ServerRef, {'$gen_cast', Msg});
cast({global, Name}, Msg) ->
    try global:send(Name, {'$gen_cast', Msg}) of _ -> ok catch _:_ -> ok end;
cast({via, RegMod, Name}, Msg) ->
    try RegMod:send(Name, {'$gen_cast', Msg}) of _ -> ok catch _:_ -> ok end;
cast({Name, Node} = ServerRef, Msg) when is_atom(Name), is_atom(Node) ->
    send(ServerRef, {'$gen_cast', Msg}).

%% A cast never fails, whatever the destination.
send(Dest, Msg) ->
    try erlang:send(Dest, Msg) catch error:_ -> ok end,
    ok.

call(ServerRef, Request) ->
    call(ServerRef, Request, infinity).

-file("gen_statem.erl", 641).

call(ServerRef, Request, infinity = Timeout) ->
    call_dirty(ServerRef, Request, Timeout, infinity);
call(ServerRef, Request, {dirty_timeout, T} = Timeout) ->
    call_dirty(ServerRef, Request, Timeout, T);
call(ServerRef, Request, {clean_timeout, T} = Timeout) ->
    call_clean(ServerRef, Request, Timeout, T);
call(ServerRef, Request, {_, _} = Timeout) ->
    erlang:error(badarg, [ServerRef, Request, Timeout]);
call(ServerRef, Request, Timeout) ->
    call_clean(ServerRef, Request, Timeout, Timeout).

%% A local call cannot leave a late reply behind (gen:call uses an alias), so a
%% "clean" call to a local process is the plain one; for other destinations a proxy
%% process makes the call so that a late reply goes to it.
call_clean(ServerRef, Request, Timeout, T)
  when (is_pid(ServerRef) andalso (node(ServerRef) == node()))
       orelse (element(2, ServerRef) == node()
               andalso is_atom(element(1, ServerRef))
               andalso (tuple_size(ServerRef) =:= 2)) ->
    call_dirty(ServerRef, Request, Timeout, T);
call_clean(ServerRef, Request, Timeout, T) ->
    Ref = make_ref(),
    Self = self(),
    Proxy = spawn(fun () ->
                          Self ! try gen:call(ServerRef, '$gen_call', Request, T) of
                                     Result -> {Ref, Result}
                                 catch Class:Reason:St -> {Ref, Class, Reason, St}
                                 end
                  end),
    Mref = monitor(process, Proxy),
    receive
        {Ref, {ok, Reply}} ->
            demonitor(Mref, [flush]),
            Reply;
        {Ref, exit, Reason, St} ->
            demonitor(Mref, [flush]),
            erlang:raise(exit, {Reason, {?MODULE, call, [ServerRef, Request, Timeout]}}, St);
        {Ref, Class, Reason, St} ->
            demonitor(Mref, [flush]),
            erlang:raise(Class, Reason, St);
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    end.

-file("gen_statem.erl", 898).
call_dirty(ServerRef, Request, Timeout, T) ->
    try gen:call(ServerRef, '$gen_call', Request, T) of
        {ok, Reply} -> Reply
    catch
        exit:Reason:St ->
            erlang:raise(exit, {Reason, {?MODULE, call, [ServerRef, Request, Timeout]}}, St)
    end.

-file("gen_statem.erl", 658).
send_request(ServerRef, Request) ->
    try gen:send_request(ServerRef, '$gen_call', Request)
    catch error:badarg -> error(badarg, [ServerRef, Request])
    end.
-file("gen_statem.erl", 672).
send_request(ServerRef, Request, Label, ReqIdCol) ->
    try gen:send_request(ServerRef, '$gen_call', Request, Label, ReqIdCol)
    catch error:badarg -> error(badarg, [ServerRef, Request, Label, ReqIdCol])
    end.

wait_response(ReqId) ->
    wait_response(ReqId, infinity).
-file("gen_statem.erl", 697).
wait_response(ReqId, WaitTime) ->
    try gen:wait_response(ReqId, WaitTime)
    catch error:badarg -> error(badarg, [ReqId, WaitTime])
    end.
-file("gen_statem.erl", 717).
wait_response(ReqIdCol, WaitTime, Delete) ->
    try gen:wait_response(ReqIdCol, WaitTime, Delete)
    catch error:badarg -> error(badarg, [ReqIdCol, WaitTime, Delete])
    end.

receive_response(ReqId) ->
    receive_response(ReqId, infinity).
-file("gen_statem.erl", 741).
receive_response(ReqId, Timeout) ->
    try gen:receive_response(ReqId, Timeout)
    catch error:badarg -> error(badarg, [ReqId, Timeout])
    end.
-file("gen_statem.erl", 761).
receive_response(ReqIdCol, Timeout, Delete) ->
    try gen:receive_response(ReqIdCol, Timeout, Delete)
    catch error:badarg -> error(badarg, [ReqIdCol, Timeout, Delete])
    end.

-file("gen_statem.erl", 776).
check_response(Msg, ReqId) ->
    try gen:check_response(Msg, ReqId)
    catch error:badarg -> error(badarg, [Msg, ReqId])
    end.
-file("gen_statem.erl", 796).
check_response(Msg, ReqIdCol, Delete) ->
    try gen:check_response(Msg, ReqIdCol, Delete)
    catch error:badarg -> error(badarg, [Msg, ReqIdCol, Delete])
    end.

reqids_new() ->
    gen:reqids_new().
-file("gen_statem.erl", 812).
reqids_size(ReqIdCol) ->
    try gen:reqids_size(ReqIdCol)
    catch error:badarg -> error(badarg, [ReqIdCol])
    end.
-file("gen_statem.erl", 823).
reqids_add(ReqId, Label, ReqIdCol) ->
    try gen:reqids_add(ReqId, Label, ReqIdCol)
    catch error:badarg -> error(badarg, [ReqId, Label, ReqIdCol])
    end.
-file("gen_statem.erl", 833).
reqids_to_list(ReqIdCol) ->
    try gen:reqids_to_list(ReqIdCol)
    catch error:badarg -> error(badarg, [ReqIdCol])
    end.

reply({reply, From, Reply}) ->
    reply(From, Reply);
reply(Replies) when is_list(Replies) ->
    lists:foreach(fun ({reply, From, Reply}) -> reply(From, Reply) end, Replies).

reply(From, Reply) ->
    gen:reply(From, Reply).

%%--------------------------------------------------------------------------------------
%% Turning the calling process into a state machine

enter_loop(Module, Opts, State, Data) ->
    enter_loop(Module, Opts, State, Data, self()).

enter_loop(Module, Opts, State, Data, Actions) when is_list(Actions) ->
    enter_loop(Module, Opts, State, Data, self(), Actions);
enter_loop(Module, Opts, State, Data, Server) ->
    enter_loop(Module, Opts, State, Data, Server, []).

-file("gen_statem.erl", 881).
enter_loop(Module, Opts, State, Data, Server, Actions) ->
    is_atom(Module) orelse error({atom, Module}),
    Parent = gen:get_parent(),
    Name = gen:get_proc_name(Server),
    Debug = gen:debug_options(Name, Opts),
    HibernateAfter = gen:hibernate_after(Opts),
    enter(Parent, Debug, Module, Name, HibernateAfter, State, Data, Actions).

%% Common to init_it and enter_loop: the first state is entered as after a
%% transition from itself, so a state enter call sees OldState =:= State.
-file("gen_statem.erl", 994).
enter(Parent, Debug, Module, Name, HibernateAfter, State, Data, Actions) ->
    Q = [{internal, init_state}],
    Actions_1 = listify(Actions) ++ [{postpone, false}],
    P = #params{parent = Parent, name = Name, hibernate_after = HibernateAfter},
    S = #state{state_data = {State, Data}},
    case get_callback_mode(P, [Module]) of
        #params{} = P_1 ->
            Debug_1 = sys_debug(Debug, Name, {enter, Module, State}),
            loop_actions_list(P_1, Debug_1, S, Q, {State, Data},
                              [], false, [], false, true, true, Actions_1);
        {Class, Reason, St} ->
            terminate(Class, Reason, St, P#params{modules = [Module]}, Debug, S, Q)
    end.

-file("gen_statem.erl", 1011).
init_it(Starter, self, ServerRef, Module, Args, Opts) ->
    init_it(Starter, self(), ServerRef, Module, Args, Opts);
init_it(Starter, Parent, ServerRef, Module, Args, Opts) ->
    Name = gen:get_proc_name(ServerRef),
    Debug = gen:debug_options(Name, Opts),
    HibernateAfter = gen:hibernate_after(Opts),
    Outcome = try Module:init(Args) of
                  Result -> {ok, Result}
              catch
                  throw:Result -> {ok, Result};
                  C:R:T -> {C, R, T}
              end,
    case Outcome of
        {ok, Result_1} ->
            init_result(Starter, Parent, ServerRef, Module, Result_1,
                        Name, Debug, HibernateAfter);
        {Class, Reason, St} ->
            gen:unregister_name(ServerRef),
            proc_lib:init_ack(Starter, {error, Reason}),
            error_info(Class, Reason, St, Debug,
                       #params{parent = Parent, name = Name, modules = [Module]},
                       #state{}, []),
            erlang:raise(Class, Reason, St)
    end.

-file("gen_statem.erl", 1046).
init_result(Starter, Parent, ServerRef, Module, Result, Name, Debug, HibernateAfter) ->
    case Result of
        {ok, State, Data} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            enter(Parent, Debug, Module, Name, HibernateAfter, State, Data, []);
        {ok, State, Data, Actions} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            enter(Parent, Debug, Module, Name, HibernateAfter, State, Data, Actions);
        {stop, Reason} ->
            gen:unregister_name(ServerRef),
            proc_lib:init_ack(Starter, {error, Reason}),
            exit(Reason);
        ignore ->
            gen:unregister_name(ServerRef),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        _ ->
            gen:unregister_name(ServerRef),
            Error = {bad_return_from_init, Result},
            proc_lib:init_ack(Starter, {error, Error}),
            error_info(error, Error, ?STACKTRACE(1068), Debug,
                       #params{parent = Parent, name = Name, modules = [Module]},
                       #state{}, []),
            %% (proc_lib's crash report shows the line of this exit)
            exit(Error)
    end.

%%--------------------------------------------------------------------------------------
%% sys callbacks

system_continue(Parent, Debug, {P, S}) ->
    loop(P#params{parent = Parent}, Debug, S).

system_terminate(Reason, Parent, Debug, {P, S}) ->
    terminate(exit, Reason, ?STACKTRACE(1086), P#params{parent = Parent}, Debug, S, []).

-file("gen_statem.erl", 1089).
system_code_change({#params{modules = [Module | _] = Modules} = P,
                    #state{state_data = {State, Data}} = S},
                   _Mod, OldVsn, Extra) ->
    case
        try Module:code_change(OldVsn, State, Data, Extra)
        catch throw:Thrown -> Thrown
        end
    of
        {ok, NewState, NewData} ->
            case get_callback_mode(P, Modules) of
                #params{} = P_1 ->
                    {ok, {P_1, S#state{state_data = {NewState, NewData}}}};
                {Class, Reason, St} ->
                    erlang:raise(Class, Reason, St)
            end;
        {ok, _} = Error ->
            error({case_clause, Error});
        Error ->
            Error
    end.

system_get_state({_P, #state{state_data = State_Data}}) ->
    {ok, State_Data}.

system_replace_state(StateFun, {P, #state{state_data = State_Data} = S}) ->
    New = StateFun(State_Data),
    {ok, New, {P, S#state{state_data = New}}}.

%% sys:get_status/1,2
format_status(Opt, [PDict, SysState, Parent, Debug,
                    {#params{name = Name, modules = [Mod | _] = Modules},
                     #state{postponed = Postponed, timers = Timers,
                            state_data = {State, Data}}}]) ->
    Header = gen:format_status_header("Status for state machine", Name),
    {NumTimers, ListTimers} = list_timeouts(Timers),
    Status0 = #{state => State, data => Data, postponed => Postponed,
                log => sys:get_log(Debug), timeouts => ListTimers},
    Status =
        case gen:format_status(Mod, Opt, Status0, [PDict, State, Data]) of
            #{'EXIT' := R} ->
                Status0#{'$status' => [{data, [{"State", {State, R}}]}]};
            #{'$status' := L} = St when is_list(L) -> St;
            #{'$status' := T} = St -> St#{'$status' := [T]};
            #{state := S1, data := D1} = St ->
                St#{'$status' => [{data, [{"State", {S1, D1}}]}]}
        end,
    [{header, Header},
     {data, [{"Status", SysState},
             {"Parent", Parent},
             {"Modules", Modules},
             {"Time-outs", {NumTimers, maps:get(timeouts, Status)}},
             {"Logged Events", maps:get(log, Status)},
             {"Postponed", maps:get(postponed, Status)}]}
     | maps:get('$status', Status)].

%%--------------------------------------------------------------------------------------
%% sys debug (trace/log)

sys_debug([], _Name, _Entry) ->
    [];
sys_debug(Debug, Name, Entry) ->
    sys:handle_debug(Debug, fun print_event/3, Name, Entry).

print_event(Dev, Entry, Name) ->
    case Entry of
        {in, Event, State} ->
            io:format(Dev, "*DBG* ~tp receive ~ts in state ~tp~n",
                      [Name, event_string(Event), State]);
        {out, Reply, {To, _Tag}} ->
            io:format(Dev, "*DBG* ~tp send ~tp to ~tw~n", [Name, Reply, To]);
        {enter, Module, State} ->
            io:format(Dev, "*DBG* ~tp enter ~tp in state ~tp~n", [Name, Module, State]);
        {module, Module, State} ->
            io:format(Dev, "*DBG* ~tp module ~tp in state ~tp~n", [Name, Module, State]);
        {start_timer, Action, State} ->
            io:format(Dev, "*DBG* ~tp start_timer ~tp in state ~tp~n", [Name, Action, State]);
        {insert_timeout, Event, State} ->
            io:format(Dev, "*DBG* ~tp insert_timeout ~tp in state ~tp~n", [Name, Event, State]);
        {terminate, Reason, State} ->
            io:format(Dev, "*DBG* ~tp terminate ~tp in state ~tp~n", [Name, Reason, State]);
        {Tag, Event, State, NextState} when Tag =:= postpone; Tag =:= consume ->
            StateString =
                if NextState =:= State -> io_lib:format("~tp", [State]);
                   true -> io_lib:format("~tp => ~tp", [State, NextState])
                end,
            io:format(Dev, "*DBG* ~tp ~tw ~ts in state ~ts~n",
                      [Name, Tag, event_string(Event), StateString])
    end.

event_string({{call, {Pid, _Tag}}, Request}) ->
    io_lib:format("call ~tp from ~tw", [Request, Pid]);
event_string({EventType, EventContent}) ->
    io_lib:format("~tw ~tp", [EventType, EventContent]).

%%--------------------------------------------------------------------------------------
%% The server loop

wakeup_from_hibernate(P, Debug, S) ->
    loop_receive(P, Debug, S).

loop(P, Debug, #state{hibernate = true} = S) ->
    proc_lib:hibernate(?MODULE, wakeup_from_hibernate, [P, Debug, S]);
loop(P, Debug, S) ->
    loop_receive(P, Debug, S).

%% BEAM usually shows a machine waiting for events at line 1281 (OTP's loop_receive/3
%% head); erlts shows the line of the receive.
-file("gen_statem.erl", 1279).
loop_receive(#params{hibernate_after = HibernateAfter} = P, Debug, S) ->
    receive
        {'$gen_call', From, Request} ->
            loop_receive_result(P, Debug, S, {{call, From}, Request});
        {'$gen_cast', Cast} ->
            loop_receive_result(P, Debug, S, {cast, Cast});
        {timeout, TimerRef, TimeoutType} = Msg ->
            case S#state.timers of
                #{TimeoutType := {TimerRef, TimeoutMsg}} = Timers
                  when TimeoutType =/= t0q ->
                    S_1 = S#state{timers = maps:remove(TimeoutType, Timers)},
                    loop_receive_result(P, Debug, S_1, {TimeoutType, TimeoutMsg});
                #{} ->
                    loop_receive_result(P, Debug, S, {info, Msg})
            end;
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, P#params.parent, ?MODULE, Debug,
                                  {P, S}, S#state.hibernate);
        {'EXIT', Pid, Reason} = Msg ->
            case P#params.parent of
                Pid -> terminate(exit, Reason, ?STACKTRACE(1316), P, Debug, S, []);
                _ -> loop_receive_result(P, Debug, S, {info, Msg})
            end;
        Msg ->
            loop_receive_result(P, Debug, S, {info, Msg})
    after HibernateAfter ->
            proc_lib:hibernate(?MODULE, wakeup_from_hibernate, [P, Debug, S])
    end.

loop_receive_result(P, Debug, #state{state_data = {State, _}} = S, Event) ->
    Debug_1 = sys_debug(Debug, P#params.name, {in, Event, State}),
    loop_event(P, Debug_1, S, Event, []).

loop_event(P, Debug, S, Event, Events) ->
    loop_state_callback(P, Debug, S, [Event | Events], S#state.state_data,
                        [], false, [], false, true, Event).

%% A state enter call: the callback gets {enter, OldState}; it must not change state.
loop_state_enter(P, Debug, #state{state_data = {PrevState, _}} = S, Q, NextState_NewData,
                 NextEventsR, Hibernate, TimeoutsR, Postpone) ->
    loop_state_callback(P, Debug, S, Q, NextState_NewData,
                        NextEventsR, Hibernate, TimeoutsR, Postpone,
                        false, {enter, PrevState}).

-file("gen_statem.erl", 1417).
loop_state_callback(P, Debug, S, Q, {State, Data} = State_Data,
                    NextEventsR, Hibernate, TimeoutsR, Postpone,
                    StateCall, {Type, Content}) ->
    #params{callback_mode = CallbackMode, modules = [Module | _]} = P,
    Outcome =
        try
            case CallbackMode of
                state_functions -> %% the two calls are on OTP's lines 1426 and 1428
                    Module:State(Type, Content, Data);
                handle_event_function ->
                    Module:handle_event(Type, Content, State, Data)
            end
        of
            Result -> {ok, Result}
        catch
            throw:Result -> {ok, Result};
            Class:Reason:St -> {Class, Reason, St}
        end,
    %% Outside the try, so that this function's frame is gone (a tail call) as in BEAM.
    case Outcome of
        {ok, Result_1} ->
            loop_state_callback_result(P, Debug, S, Q, State_Data,
                                       NextEventsR, Hibernate, TimeoutsR, Postpone,
                                       StateCall, Result_1);
        {Class_1, Reason_1, St_1} ->
            terminate(Class_1, Reason_1, St_1, P, Debug, S, Q)
    end.

%% What a state callback returned. StateCall is false for a state enter call, which
%% may not change the state (next_state to another state).
loop_state_callback_result(P, Debug, S, Q, {State, _Data} = State_Data,
                           NextEventsR, Hibernate, TimeoutsR, Postpone,
                           StateCall, Result) ->
    Cont = fun (NewState_Data, CallEnter) ->
                   loop_actions(P, Debug, S, Q, NewState_Data, NextEventsR, Hibernate,
                                TimeoutsR, Postpone, CallEnter)
           end,
    ContA = fun (NewState_Data, CallEnter, Actions) ->
                    loop_actions(P, Debug, S, Q, NewState_Data, NextEventsR, Hibernate,
                                 TimeoutsR, Postpone, CallEnter, StateCall, Actions)
            end,
    Stop = fun (Reason, SD, Line) ->
                   terminate(exit, Reason, st(?FUNCTION_NAME, ?FUNCTION_ARITY, Line),
                             P, Debug,
                             S#state{state_data = SD, hibernate = Hibernate}, Q)
           end,
    case Result of
        {next_state, State, NewData} -> Cont({State, NewData}, false);
        {next_state, NextState, NewData} when StateCall -> Cont({NextState, NewData}, true);
        {next_state, _, _} ->
            terminate(error, {bad_state_enter_return_from_state_function, Result},
                      ?STACKTRACE(1469), P, Debug,
                      S#state{state_data = State_Data, hibernate = Hibernate}, Q);
        {next_state, State, NewData, Actions} -> ContA({State, NewData}, false, Actions);
        {next_state, NextState, NewData, Actions} when StateCall ->
            ContA({NextState, NewData}, true, Actions);
        {next_state, _, _, _} ->
            terminate(error, {bad_state_enter_return_from_state_function, Result},
                      ?STACKTRACE(1489), P, Debug,
                      S#state{state_data = State_Data, hibernate = Hibernate}, Q);
        {keep_state, NewData} -> Cont({State, NewData}, false);
        {keep_state, NewData, Actions} -> ContA({State, NewData}, false, Actions);
        keep_state_and_data -> Cont(State_Data, false);
        {keep_state_and_data, Actions} -> ContA(State_Data, false, Actions);
        {repeat_state, NewData} -> Cont({State, NewData}, true);
        {repeat_state, NewData, Actions} -> ContA({State, NewData}, true, Actions);
        repeat_state_and_data -> Cont(State_Data, true);
        {repeat_state_and_data, Actions} -> ContA(State_Data, true, Actions);
        stop -> Stop(normal, State_Data, 1541);
        {stop, Reason} -> Stop(Reason, State_Data, 1548);
        {stop, Reason, NewData} -> Stop(Reason, {State, NewData}, 1555);
        {stop_and_reply, Reason, Replies} ->
            do_reply_then_terminate(
              exit, Reason, st(?FUNCTION_NAME, ?FUNCTION_ARITY, 1563), P, Debug,
              S#state{state_data = State_Data, hibernate = Hibernate}, Q, listify(Replies));
        {stop_and_reply, Reason, Replies, NewData} ->
            do_reply_then_terminate(
              exit, Reason, st(?FUNCTION_NAME, ?FUNCTION_ARITY, 1570), P, Debug,
              S#state{state_data = {State, NewData}, hibernate = Hibernate}, Q,
              listify(Replies));
        _ ->
            terminate(error, {bad_return_from_state_function, Result},
                      ?STACKTRACE(1580), P, Debug,
                      S#state{state_data = State_Data, hibernate = Hibernate}, Q)
    end.

loop_actions(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate, TimeoutsR,
             Postpone, CallEnter, StateCall, Actions) ->
    loop_actions_list(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate,
                      TimeoutsR, Postpone, CallEnter, StateCall, listify(Actions)).

loop_actions(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate, TimeoutsR,
             Postpone, CallEnter) ->
    case CallEnter andalso P#params.state_enter of
        true ->
            loop_state_enter(P, Debug, S, Q, NextState_NewData,
                             NextEventsR, Hibernate, TimeoutsR, Postpone);
        false ->
            loop_state_transition(P, Debug, S, Q, NextState_NewData,
                                  NextEventsR, Hibernate, TimeoutsR, Postpone)
    end.

%% Bad actions end the machine with one of these, the first element telling whether
%% it came from a state enter call.
bad_action(true) -> bad_action_from_state_function;
bad_action(false) -> bad_state_enter_action_from_state_function.

%% Apply the transition actions one by one (timeouts are only collected here).
loop_actions_list(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate, TimeoutsR,
                  Postpone, CallEnter, _StateCall, []) ->
    loop_actions(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate, TimeoutsR,
                 Postpone, CallEnter);
loop_actions_list(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate, TimeoutsR,
                  Postpone, CallEnter, StateCall, [Action | Actions]) ->
    Next = fun (Debug_1, NextEventsR_1, Hibernate_1, Postpone_1) ->
                   loop_actions_list(P, Debug_1, S, Q, NextState_NewData, NextEventsR_1,
                                     Hibernate_1, TimeoutsR, Postpone_1, CallEnter,
                                     StateCall, Actions)
           end,
    Bad = fun (Line) ->
                  terminate(error, {bad_state_enter_action_from_state_function, Action},
                            st(?FUNCTION_NAME, ?FUNCTION_ARITY, Line), P, Debug,
                            S#state{state_data = NextState_NewData, hibernate = Hibernate}, Q)
          end,
    case Action of
        {reply, From, Reply} ->
            loop_actions_reply(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate,
                               TimeoutsR, Postpone, CallEnter, StateCall, Actions,
                               From, Reply);
        {hibernate, H} when is_boolean(H) ->
            Next(Debug, NextEventsR, H, Postpone);
        hibernate ->
            Next(Debug, NextEventsR, true, Postpone);
        {postpone, Pp} when not Pp orelse StateCall ->
            Next(Debug, NextEventsR, Hibernate, Pp);
        postpone when StateCall ->
            Next(Debug, NextEventsR, Hibernate, true);
        postpone ->
            Bad(1682);
        {next_event, Type, Content} ->
            case event_type(Type) of
                true when StateCall ->
                    NextEvent = {Type, Content},
                    {NextState, _} = NextState_NewData,
                    Debug_1 = sys_debug(Debug, P#params.name, {in, NextEvent, NextState}),
                    Next(Debug_1, [NextEvent | NextEventsR], Hibernate, Postpone);
                _ ->
                    loop_actions_next_event_bad(P, Debug, S, Q, NextState_NewData,
                                                StateCall, Hibernate, Type, Content)
            end;
        {Tag, NewModule} when (Tag =:= change_callback_module orelse
                               Tag =:= push_callback_module), is_atom(NewModule) ->
            case StateCall of
                true ->
                    Modules = case Tag of
                                  change_callback_module -> [NewModule | tl(P#params.modules)];
                                  push_callback_module -> [NewModule | P#params.modules]
                              end,
                    change_module(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate,
                                  TimeoutsR, Postpone, CallEnter, StateCall, Actions, Modules,
                                  1706);
                false ->
                    Bad(1729)
            end;
        pop_callback_module when tl(P#params.modules) =/= [] ->
            case StateCall of
                true ->
                    change_module(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate,
                                  TimeoutsR, Postpone, CallEnter, StateCall, Actions,
                                  tl(P#params.modules), 1739);
                false ->
                    Bad(1762)
            end;
        _ ->
            loop_actions_list(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate,
                              TimeoutsR, Postpone, CallEnter, StateCall, Actions, Action)
    end.

%% OTP asks for the new callback mode in loop_actions_list/12 (at Line): its stack
%% traces show that frame where ours has change_module/14.
change_module(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate, TimeoutsR,
              Postpone, CallEnter, StateCall, Actions, Modules, Line) ->
    case get_callback_mode(P, Modules) of
        #params{} = P_1 ->
            {NextState, _} = NextState_NewData,
            Debug_1 = sys_debug(Debug, P#params.name, {module, hd(Modules), NextState}),
            loop_actions_list(P_1, Debug_1, S, Q, NextState_NewData, NextEventsR,
                              Hibernate, TimeoutsR, Postpone, CallEnter, StateCall, Actions);
        {Class, Reason, St} ->
            OtpFrame = {?MODULE, loop_actions_list, 12, [{file, "gen_statem.erl"}, {line, Line}]},
            St_1 = [case F of
                        {?MODULE, change_module, 14, _} -> OtpFrame;
                        _ -> F
                    end || F <- St],
            terminate(Class, Reason, St_1, P, Debug,
                      S#state{state_data = NextState_NewData, hibernate = Hibernate}, Q)
    end.

%% Timeout actions: {Type, Time, Msg, Opts}, {Type, Time, Msg}, {Type, cancel} and a
%% bare Time (an event timeout whose message is the time).
loop_actions_list(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate, TimeoutsR,
                  Postpone, CallEnter, StateCall, Actions, Action) ->
    Collect = fun (Timeout) ->
                      loop_actions_list(P, Debug, S, Q, NextState_NewData, NextEventsR,
                                        Hibernate, [Timeout | TimeoutsR], Postpone,
                                        CallEnter, StateCall, Actions)
              end,
    Bad = fun (Line) ->
                  terminate(error, {bad_action_from_state_function, Action},
                            st(?FUNCTION_NAME, ?FUNCTION_ARITY, Line), P, Debug,
                            S#state{state_data = NextState_NewData, hibernate = Hibernate}, Q)
          end,
    case Action of
        {TimeoutType, Time, TimeoutMsg, TimeoutOpts} ->
            case timeout_event_type(TimeoutType) of
                true ->
                    case timeout_opts_abs(listify(TimeoutOpts), false) of
                        true when is_integer(Time); Time =:= infinity ->
                            Collect(Action);
                        false when ?relative_timeout(Time) ->
                            Collect({TimeoutType, Time, TimeoutMsg});
                        _ ->
                            Bad(1829)
                    end;
                false ->
                    Bad(1840)
            end;
        {TimeoutType, Time, _TimeoutMsg} ->
            case timeout_event_type(TimeoutType) of
                true when ?relative_timeout(Time); Time =:= update ->
                    Collect(Action);
                _ ->
                    Bad(1865)
            end;
        {TimeoutType, cancel} ->
            case timeout_event_type(TimeoutType) of
                true -> Collect({TimeoutType, infinity, undefined});
                false -> Bad(1889)
            end;
        Time ->
            case ?relative_timeout(Time) of
                true -> Collect({timeout, Time, Time});
                false -> Bad(1913)
            end
    end.

loop_actions_reply(P, Debug, S, Q, NextState_NewData, NextEventsR, Hibernate, TimeoutsR,
                   Postpone, CallEnter, StateCall, Actions, From, Reply) ->
    case from(From) of
        true ->
            reply(From, Reply),
            Debug_1 = sys_debug(Debug, P#params.name, {out, Reply, From}),
            loop_actions_list(P, Debug_1, S, Q, NextState_NewData, NextEventsR, Hibernate,
                              TimeoutsR, Postpone, CallEnter, StateCall, Actions);
        false ->
            terminate(error, {bad_action_from_state_function, {reply, From, Reply}},
                      ?STACKTRACE(1943), P, Debug,
                      S#state{state_data = NextState_NewData, hibernate = Hibernate}, Q)
    end.

loop_actions_next_event_bad(P, Debug, S, Q, NextState_NewData, StateCall, Hibernate,
                            Type, Content) ->
    terminate(error, {bad_action(StateCall), {next_event, Type, Content}},
              ?STACKTRACE(1994), P, Debug,
              S#state{state_data = NextState_NewData, hibernate = Hibernate}, Q).

%% The event at the head of Q has been handled: postpone it or drop it, then on a
%% state change retry the postponed events and cancel the state timeout; any
%% handled event cancels the event timeout.
loop_state_transition(P, Debug, #state{state_data = {State, _}, postponed = Postponed} = S,
                      [Event | Events], {NextState, _} = NextState_NewData,
                      NextEventsR, Hibernate, TimeoutsR, Postpone) ->
    Postponed_1 = case Postpone of
                      true -> [Event | Postponed];
                      false -> Postponed
                  end,
    Tag = case Postpone of true -> postpone; false -> consume end,
    Debug_1 = sys_debug(Debug, P#params.name, {Tag, Event, State, NextState}),
    Timers = S#state.timers,
    case NextState =:= State of
        true ->
            loop_next_events(P, Debug_1, S, Events, NextState_NewData, NextEventsR,
                             Hibernate, TimeoutsR, Postponed_1,
                             cancel_timer(timeout, Timers));
        false ->
            Events_1 = lists:reverse(Postponed_1, Events),
            Timers_1 = cancel_timer(timeout, cancel_timer(state_timeout, Timers)),
            loop_next_events(P, Debug_1, S, Events_1, NextState_NewData, NextEventsR,
                             Hibernate, TimeoutsR, [], Timers_1)
    end.

loop_next_events(P, Debug, S, Events, {NextState, _} = NextState_NewData, NextEventsR,
                 Hibernate, TimeoutsR, Postponed, Timers) ->
    %% The last of several timeout actions of one type wins.
    {Debug_1, Timers_1} = start_timeouts(P, Debug, NextState, TimeoutsR, Timers, #{}, []),
    S_1 = S#state{state_data = NextState_NewData, postponed = Postponed,
                  timers = Timers_1, hibernate = Hibernate},
    loop_done(P, Debug_1, S_1, lists:reverse(NextEventsR, Events)).

start_timeouts(_P, Debug, _State, [], Timers, _Seen, T0Events) ->
    case T0Events of
        [] -> {Debug, Timers};
        _ ->
            #{t0q := T0Q} = Timers,
            {Debug, Timers#{t0q := T0Q ++ T0Events}}
    end;
start_timeouts(P, Debug, State, [Timeout | TimeoutsR], Timers, Seen, T0Events) ->
    TimeoutType = element(1, Timeout),
    case Seen of
        #{TimeoutType := _} ->
            start_timeouts(P, Debug, State, TimeoutsR, Timers, Seen, T0Events);
        #{} ->
            {Time, TimeoutMsg, Opts} =
                case Timeout of
                    {_, T, M} -> {T, M, []};
                    {_, T, M, O} -> {T, M, listify(O)}
                end,
            Seen_1 = Seen#{TimeoutType => true},
            case Time of
                infinity ->
                    start_timeouts(P, Debug, State, TimeoutsR,
                                   cancel_timer(TimeoutType, Timers), Seen_1, T0Events);
                update ->
                    case Timers of
                        #{TimeoutType := {TimerRef, _}} ->
                            start_timeouts(P, Debug, State, TimeoutsR,
                                           Timers#{TimeoutType := {TimerRef, TimeoutMsg}},
                                           Seen_1, T0Events);
                        #{} ->
                            start_timeouts(P, Debug, State, TimeoutsR,
                                           Timers#{TimeoutType => {0, TimeoutMsg}},
                                           Seen_1, [TimeoutType | T0Events])
                    end;
                _ ->
                    Debug_1 = sys_debug(Debug, P#params.name,
                                        {start_timer, {TimeoutType, Time, TimeoutMsg, Opts},
                                         State}),
                    {TimerRef, T0Events_1} =
                        case Time of
                            0 -> {0, [TimeoutType | T0Events]};
                            _ -> {erlang:start_timer(Time, self(), TimeoutType, Opts),
                                  T0Events}
                        end,
                    Timers_1 =
                        case Timers of
                            #{TimeoutType := {0, _}, t0q := T0Q} ->
                                Timers#{TimeoutType := {TimerRef, TimeoutMsg},
                                        t0q := lists:delete(TimeoutType, T0Q)};
                            #{TimeoutType := {OldRef, _}} ->
                                cancel_timer_ref(OldRef),
                                Timers#{TimeoutType := {TimerRef, TimeoutMsg}};
                            #{} ->
                                Timers#{TimeoutType => {TimerRef, TimeoutMsg}}
                        end,
                    start_timeouts(P, Debug_1, State, TimeoutsR, Timers_1, Seen_1,
                                   T0Events_1)
            end
    end.

%% Run queued events; with none left, a zero timeout fires before any new message is
%% received.
loop_done(P, Debug, S, []) ->
    case S#state.timers of
        #{t0q := [TimeoutType | _]} = Timers ->
            #{TimeoutType := {0, TimeoutMsg}} = Timers,
            S_1 = S#state{timers = cancel_timer(TimeoutType, Timers)},
            loop_receive_result(P, Debug, S_1, {TimeoutType, TimeoutMsg});
        #{} ->
            loop(P, Debug, S)
    end;
loop_done(P, Debug, S, [Event | Events]) ->
    loop_event(P, Debug, S, Event, Events).

%% Only [], [{abs, true}] and [{abs, false}] are accepted: OTP 25 rejects any longer
%% option list (its parser never gets past a second option).
timeout_opts_abs([], Abs) -> Abs;
timeout_opts_abs([{abs, Abs}], _) when is_boolean(Abs) -> Abs;
timeout_opts_abs(_, _) -> badarg.

%% Cancel an erlang timer; if it already fired, drop its message.
cancel_timer_ref(TimerRef) ->
    case erlang:cancel_timer(TimerRef) of
        false -> receive {timeout, TimerRef, _} -> ok end;
        _ -> ok
    end.

cancel_timer(TimeoutType, Timers) ->
    case Timers of
        #{TimeoutType := {0, _}, t0q := T0Q} ->
            maps:remove(TimeoutType, Timers#{t0q := lists:delete(TimeoutType, T0Q)});
        #{TimeoutType := {TimerRef, _}} ->
            cancel_timer_ref(TimerRef),
            maps:remove(TimeoutType, Timers);
        #{} ->
            Timers
    end.

list_timeouts(Timers) ->
    {maps:size(Timers) - 1,
     maps:fold(fun (t0q, _, Acc) -> Acc;
                   (TimeoutType, {_, TimeoutMsg}, Acc) -> [{TimeoutType, TimeoutMsg} | Acc]
               end, [], Timers)}.

%%--------------------------------------------------------------------------------------
%% Callback mode

-file("gen_statem.erl", 2505).
get_callback_mode(P, [Module | _] = Modules) ->
    Outcome = try Module:callback_mode() of
                  Result -> {ok, Result}
              catch
                  throw:Result -> {ok, Result};
                  Class:Reason:St -> {Class, Reason, St}
              end,
    case Outcome of
        {ok, Result_1} -> callback_mode_result(P, Modules, Result_1);
        Error -> Error
    end.

callback_mode_result(P, Modules, Result) ->
    callback_mode_result(P, Modules, Result, listify(Result), undefined, false).

callback_mode_result(P, Modules, Result, [H | T], Mode, StateEnter) ->
    case H of
        state_functions -> callback_mode_result(P, Modules, Result, T, H, StateEnter);
        handle_event_function -> callback_mode_result(P, Modules, Result, T, H, StateEnter);
        state_enter -> callback_mode_result(P, Modules, Result, T, Mode, true);
        _ -> {error, {bad_return_from_callback_mode, Result}, ?STACKTRACE(2539)}
    end;
callback_mode_result(P, Modules, Result, [], Mode, StateEnter) ->
    case Mode of
        undefined ->
            {error, {bad_return_from_callback_mode, Result}, ?STACKTRACE(2549)};
        _ ->
            P#params{modules = Modules, callback_mode = Mode, state_enter = StateEnter}
    end.

%%--------------------------------------------------------------------------------------
%% Termination

do_reply_then_terminate(Class, Reason, St, P, Debug, S, Q, []) ->
    terminate(Class, Reason, St, P, Debug, S, Q);
do_reply_then_terminate(Class, Reason, St, P, Debug, S, Q, [R | Rs]) ->
    case R of
        {reply, From, Reply} ->
            case from(From) of
                true ->
                    reply(From, Reply),
                    Debug_1 = sys_debug(Debug, P#params.name, {out, Reply, From}),
                    do_reply_then_terminate(Class, Reason, St, P, Debug_1, S, Q, Rs);
                false ->
                    terminate(error, {bad_reply_action_from_state_function, R},
                              ?STACKTRACE(2585), P, Debug, S, Q)
            end;
        _ ->
            terminate(error, {bad_reply_action_from_state_function, R},
                      ?STACKTRACE(2592), P, Debug, S, Q)
    end.

-file("gen_statem.erl", 2597).
terminate(Class, Reason, St, #params{modules = [Module | _]} = P, Debug,
          #state{state_data = {State, Data}} = S, Q) ->
    case erlang:function_exported(Module, terminate, 3) of
        true ->
            try Module:terminate(Reason, State, Data) of
                _ -> ok
            catch
                throw:_ -> ok;
                C:R:ST ->
                    error_info(C, R, ST, Debug, P, S, Q),
                    erlang:raise(C, R, ST)
            end;
        false ->
            ok
    end,
    _ = case Reason of
            normal -> sys_debug(Debug, P#params.name, {terminate, Reason, State});
            shutdown -> sys_debug(Debug, P#params.name, {terminate, Reason, State});
            {shutdown, _} -> sys_debug(Debug, P#params.name, {terminate, Reason, State});
            _ -> error_info(Class, Reason, St, Debug, P, S, Q)
        end,
    case St of
        [] -> erlang:Class(Reason);
        _ -> erlang:raise(Class, Reason, St)
    end.

-file("gen_statem.erl", 2650).
error_info(Class, Reason, St, Debug,
           #params{name = Name, modules = [Mod | _] = Modules,
                   callback_mode = CallbackMode, state_enter = StateEnter},
           #state{postponed = Postponed, timers = Timers, state_data = {State, Data}},
           Q) ->
    {NumTimers, ListTimers} = list_timeouts(Timers),
    Status = gen:format_status(Mod, terminate,
                               #{reason => Reason, state => State, data => Data,
                                 queue => Q, postponed => Postponed,
                                 timeouts => ListTimers, log => sys:get_log(Debug)},
                               [get(), State, Data]),
    FmtState = case maps:find('$status', Status) of
                   error -> {maps:get(state, Status), maps:get(data, Status)};
                   {ok, S} -> S
               end,
    ?LOG_ERROR(#{label => {gen_statem, terminate},
                 name => Name,
                 queue => maps:get(queue, Status),
                 postponed => maps:get(postponed, Status),
                 modules => Modules,
                 callback_mode => CallbackMode,
                 state_enter => StateEnter,
                 state => FmtState,
                 timeouts => {NumTimers, maps:get(timeouts, Status)},
                 log => maps:get(log, Status),
                 reason => {Class, maps:get(reason, Status), St},
                 client_info => client_stacktrace(Q)},
               #{domain => [otp],
                 report_cb => fun gen_statem:format_log/2,
                 error_logger => #{tag => error,
                                   report_cb => fun gen_statem:format_log/1}}).

%% The caller of the call being handled, if that is what crashed the machine.
client_stacktrace([{{call, {Pid, _Tag}}, _Req} | _]) when is_pid(Pid) ->
    case node(Pid) =:= node() of
        true ->
            case process_info(Pid, [current_stacktrace, registered_name]) of
                undefined -> {Pid, dead};
                [{current_stacktrace, St}, {registered_name, []}] -> {Pid, {Pid, St}};
                [{current_stacktrace, St}, {registered_name, Name}] -> {Pid, {Name, St}}
            end;
        false ->
            {Pid, remote}
    end;
client_stacktrace(_) ->
    undefined.

%%--------------------------------------------------------------------------------------
%% The report callbacks

%% For legacy error_logger handlers: {Format, Args} with the error_logger depth.
format_log(Report) ->
    Depth = error_logger:get_format_depth(),
    FormatOpts = #{chars_limit => unlimited, depth => Depth,
                   single_line => false, encoding => utf8},
    format_log_multi(limit_report(Report, Depth), FormatOpts).

limit_report(Report, unlimited) ->
    Report;
limit_report(#{label := {gen_statem, terminate}, queue := Q, postponed := Postponed,
               modules := Modules, state := FmtData, timeouts := Timeouts, log := Log,
               reason := {Class, Reason, St}, client_info := ClientInfo} = Report,
             Depth) ->
    Limit = fun (T) -> io_lib:limit_term(T, Depth) end,
    Report#{queue => case Q of
                         [Event | Events] -> [Limit(Event) | Limit(Events)];
                         _ -> []
                     end,
            postponed => case Postponed of [] -> []; _ -> Limit(Postponed) end,
            modules => Limit(Modules),
            state => Limit(FmtData),
            timeouts => case Timeouts of {0, _} -> Timeouts; _ -> Limit(Timeouts) end,
            log => [Limit(T) || T <- Log],
            reason => {Class, Limit(Reason), Limit(St)},
            client_info => case ClientInfo of
                               {Pid, {Name, CSt}} -> {Pid, {Name, Limit(CSt)}};
                               _ -> ClientInfo
                           end}.

format_log(Report, FormatOpts0) ->
    FormatOpts = maps:merge(#{chars_limit => unlimited, depth => unlimited,
                              single_line => false, encoding => utf8},
                            FormatOpts0),
    {Format, Args} =
        case FormatOpts of
            #{single_line := true} -> format_log_single(Report, FormatOpts);
            _ -> format_log_multi(Report, FormatOpts)
        end,
    case FormatOpts of
        #{chars_limit := unlimited} -> io_lib:format(Format, Args);
        #{chars_limit := Limit} -> io_lib:format(Format, Args, [{chars_limit, Limit}])
    end.

%% Args with the depth after each one when the depth is limited (~P).
depth_args(Args, unlimited) -> Args;
depth_args(Args, Depth) -> lists:append([[A, Depth] || A <- Args]).

format_log_single(#{label := {gen_statem, terminate}, name := Name, queue := Q,
                    state := FmtData, log := Log, reason := {Class, Reason, St},
                    client_info := ClientInfo},
                  #{depth := Depth} = FormatOpts) ->
    P = p(FormatOpts),
    {FixedReason, FixedSt} = fix_reason(Class, Reason, St),
    {ClientFmt, ClientArgs} = format_client_log_single(ClientInfo, P, Depth),
    Format = lists:append(
               ["State machine ", P, " terminating. Reason: ", P,
                if FixedSt =:= [] -> ""; true -> ". Stack: " ++ P end,
                if Q =:= [] -> ""; true -> ". Last event: " ++ P end,
                ". State: ", P,
                if Log =:= [] -> ""; true -> ". Log: " ++ P end,
                "."]),
    Args = [Name, FixedReason]
        ++ [FixedSt || FixedSt =/= []]
        ++ [hd(Q) || Q =/= []]
        ++ [FmtData]
        ++ [Log || Log =/= []],
    {Format ++ ClientFmt, depth_args(Args, Depth) ++ ClientArgs};
format_log_single(Report, FormatOpts) ->
    format_log_multi(Report, FormatOpts).

format_log_multi(#{label := {gen_statem, terminate}, name := Name, queue := Q,
                   postponed := Postponed, modules := Modules,
                   callback_mode := CallbackMode, state_enter := StateEnter,
                   state := FmtData, timeouts := Timeouts, log := Log,
                   reason := {Class, Reason, St}, client_info := ClientInfo},
                 #{depth := Depth} = FormatOpts) ->
    P = p(FormatOpts),
    {FixedReason, FixedSt} = fix_reason(Class, Reason, St),
    {ClientFmt, ClientArgs} = format_client_log(ClientInfo, P, Depth),
    CBMode = case StateEnter of
                 true -> [CallbackMode, state_enter];
                 false -> CallbackMode
             end,
    Queued = case Q of
                 [_ | [_ | _] = Rest] -> [Rest];
                 _ -> []
             end,
    Format = lists:append(
               ["** State machine ", P, " terminating~n",
                if Q =:= [] -> ""; true -> "** Last event = " ++ P ++ "~n" end,
                "** When server state  = ", P, "~n",
                "** Reason for termination = ", P, ":", P, "~n",
                "** Callback modules = ", P, "~n",
                "** Callback mode = ", P, "~n",
                if Queued =:= [] -> ""; true -> "** Queued = " ++ P ++ "~n" end,
                if Postponed =:= [] -> ""; true -> "** Postponed = " ++ P ++ "~n" end,
                if FixedSt =:= [] -> ""; true -> "** Stacktrace =~n**  " ++ P ++ "~n" end,
                case Timeouts of
                    {0, _} -> "";
                    _ -> "** Time-outs: " ++ P ++ "~n"
                end,
                if Log =:= [] -> ""; true -> "** Log =~n**  " ++ P ++ "~n" end]),
    Args = [Name] ++ [hd(Q) || Q =/= []]
        ++ [FmtData, Class, FixedReason, Modules, CBMode]
        ++ Queued
        ++ [Postponed || Postponed =/= []]
        ++ [FixedSt || FixedSt =/= []]
        ++ case Timeouts of {0, _} -> []; _ -> [Timeouts] end
        ++ [Log || Log =/= []],
    {Format ++ ClientFmt, depth_args(Args, Depth) ++ ClientArgs}.

%% An undef of the callback module itself is reported as OTP does: what was missing.
fix_reason(error, undef, [{M, F, Args, _} | St] = Stack) ->
    case erlang:module_loaded(M) of
        false ->
            {{'module could not be loaded', M}, St};
        _ ->
            Arity = if is_list(Args) -> length(Args); is_integer(Args) -> Args end,
            case erlang:function_exported(M, F, Arity) of
                true -> {undef, Stack};
                false -> {{'function not exported', {M, F, Arity}}, St}
            end
    end;
fix_reason(_Class, Reason, St) ->
    {Reason, St}.

format_client_log_single(undefined, _, _) ->
    {"", []};
format_client_log_single({Pid, dead}, _, _) ->
    {" Client ~0p is dead.", [Pid]};
format_client_log_single({Pid, remote}, _, _) ->
    {" Client ~0p is remote on node ~0p.", [Pid, node(Pid)]};
format_client_log_single({_Pid, {Name, St}}, P, Depth) ->
    {lists:append([" Client ", P, " stacktrace: ", P, "."]),
     depth_args([Name, lists:sublist(St, 4)], Depth)}.

format_client_log(undefined, _, _) ->
    {"", []};
format_client_log({Pid, dead}, _, _) ->
    {"** Client ~p is dead~n", [Pid]};
format_client_log({Pid, remote}, _, _) ->
    {"** Client ~p is remote on node ~p~n", [Pid, node(Pid)]};
format_client_log({_Pid, {Name, St}}, P, Depth) ->
    {lists:append(["** Client ", P, " stacktrace~n** ", P, "~n"]),
     depth_args([Name, St], Depth)}.

p(#{single_line := Single, depth := Depth, encoding := Enc}) ->
    "~" ++ case Single of true -> "0"; false -> "" end
        ++ case Enc of latin1 -> ""; _ -> "t" end
        ++ case Depth of unlimited -> "p"; _ -> "P" end.

%%--------------------------------------------------------------------------------------
%% Helpers

listify(L) when is_list(L) -> L;
listify(X) -> [X].

timeout_event_type(timeout) -> true;
timeout_event_type(state_timeout) -> true;
timeout_event_type({timeout, _}) -> true;
timeout_event_type(_) -> false.

from({Pid, _}) when is_pid(Pid) -> true;
from(_) -> false.

event_type({call, From}) -> from(From);
event_type(cast) -> true;
event_type(info) -> true;
event_type(internal) -> true;
event_type(Type) -> timeout_event_type(Type).

%% The stack trace OTP takes with process_info(self(), current_stacktrace) in
%% Function/Arity at Line of its gen_statem.erl: that frame, then our callers.
%% Callers starts with st/3 and the function (or a closure of it, called as a tail
%% call) that called it.
st(Function, Arity, Line) ->
    Callers = try erlang:error(stacktrace)
              catch error:stacktrace:Stack -> Stack
              end,
    Here = {?MODULE, Function, Arity, [{file, "gen_statem.erl"}, {line, Line}]},
    [Here | drop_own(Callers, 2)].

drop_own([_ | T], N) when N > 0 -> drop_own(T, N - 1);
drop_own(T, _) -> T.
