%% gen_server: the generic server behaviour of OTP.
%%
%% A server is a proc_lib process started through gen (start*/enter_loop) that runs
%% Mod:init/1 and then loops: calls ('$gen_call'), casts ('$gen_cast'), other
%% messages (handle_info), continues, timeouts and hibernation; system messages go
%% to sys (suspend, get_state, code change, debug tracing); an exit from the parent
%% ends it through terminate/2. When it terminates with a reason other than
%% normal, shutdown or {shutdown, _} it logs the "** Generic server ... terminating"
%% report that OTP logs (same report map and metadata, format_log/2 prints it).
%%
%% The functions that show up in stack traces (try_handle_call/4, handle_msg/6,
%% try_dispatch/4, init_it/2,6, terminate/10, ...) are preceded by -file attributes
%% so that their frames carry OTP 25's line numbers.
-module(gen_server).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3,
         send_request/2, send_request/4,
         wait_response/2, receive_response/2, check_response/2,
         wait_response/3, receive_response/3, check_response/3,
         reqids_new/0, reqids_size/1, reqids_add/3, reqids_to_list/1,
         cast/2, reply/2, abcast/2, abcast/3, multi_call/2, multi_call/3, multi_call/4,
         enter_loop/3, enter_loop/4, enter_loop/5, wake_hib/6]).
-export([system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2]).
-export([format_log/1, format_log/2]).
-export([init_it/6]).

-include_lib("kernel/include/logger.hrl").

-define(is_timeout(X), ((X) =:= infinity orelse (is_integer(X) andalso (X) >= 0))).
-define(STACKTRACE(), element(2, erlang:process_info(self(), current_stacktrace))).

-callback init(Args :: term()) -> term().
-callback handle_call(Request :: term(), From :: {pid(), term()}, State :: term()) -> term().
-callback handle_cast(Request :: term(), State :: term()) -> term().
-optional_callbacks([handle_info/2, handle_continue/2, terminate/2, code_change/3,
                     format_status/1, format_status/2]).
-callback handle_info(Info :: term(), State :: term()) -> term().
-callback handle_continue(Info :: term(), State :: term()) -> term().
-callback terminate(Reason :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) -> term().
-callback format_status(Status :: map()) -> map().
-callback format_status(Opt :: normal | terminate, StatusData :: [term()]) -> term().

%% ---------------------------------------------------------------------------
%% Starting and stopping

start(Mod, Args, Options) ->
    gen:start(?MODULE, nolink, Mod, Args, Options).

start(Name, Mod, Args, Options) ->
    gen:start(?MODULE, nolink, Name, Mod, Args, Options).

start_link(Mod, Args, Options) ->
    gen:start(?MODULE, link, Mod, Args, Options).

start_link(Name, Mod, Args, Options) ->
    gen:start(?MODULE, link, Name, Mod, Args, Options).

start_monitor(Mod, Args, Options) ->
    gen:start(?MODULE, monitor, Mod, Args, Options).

start_monitor(Name, Mod, Args, Options) ->
    gen:start(?MODULE, monitor, Name, Mod, Args, Options).

stop(ServerRef) ->
    gen:stop(ServerRef).

stop(ServerRef, Reason, Timeout) ->
    gen:stop(ServerRef, Reason, Timeout).

%% ---------------------------------------------------------------------------
%% Calls: the caller exits with {Reason, {gen_server, call, Args}} when gen:call
%% does.

-file("gen_server.erl", 364).
call(ServerRef, Request) ->
    case catch gen:call(ServerRef, '$gen_call', Request) of
        {ok, Res} ->
            Res;
        {'EXIT', Reason} ->
            exit({Reason, {?MODULE, call, [ServerRef, Request]}})
    end.

-file("gen_server.erl", 379).
call(ServerRef, Request, Timeout) ->
    case catch gen:call(ServerRef, '$gen_call', Request, Timeout) of
        {ok, Res} ->
            Res;
        {'EXIT', Reason} ->
            exit({Reason, {?MODULE, call, [ServerRef, Request, Timeout]}})
    end.

%% Asynchronous requests: gen's, with a badarg blamed on these functions' arguments.
-file("gen_server.erl", 395).
send_request(ServerRef, Request) ->
    try
        gen:send_request(ServerRef, '$gen_call', Request)
    catch
        error:badarg ->
            error(badarg, [ServerRef, Request])
    end.

-file("gen_server.erl", 409).
send_request(ServerRef, Request, Label, ReqIdCol) ->
    try
        gen:send_request(ServerRef, '$gen_call', Request, Label, ReqIdCol)
    catch
        error:badarg ->
            error(badarg, [ServerRef, Request, Label, ReqIdCol])
    end.

-file("gen_server.erl", 424).
wait_response(ReqId, WaitTime) ->
    try
        gen:wait_response(ReqId, WaitTime)
    catch
        error:badarg ->
            error(badarg, [ReqId, WaitTime])
    end.

-file("gen_server.erl", 444).
wait_response(ReqIdCol, WaitTime, Delete) ->
    try
        gen:wait_response(ReqIdCol, WaitTime, Delete)
    catch
        error:badarg ->
            error(badarg, [ReqIdCol, WaitTime, Delete])
    end.

-file("gen_server.erl", 459).
receive_response(ReqId, Timeout) ->
    try
        gen:receive_response(ReqId, Timeout)
    catch
        error:badarg ->
            error(badarg, [ReqId, Timeout])
    end.

-file("gen_server.erl", 479).
receive_response(ReqIdCol, Timeout, Delete) ->
    try
        gen:receive_response(ReqIdCol, Timeout, Delete)
    catch
        error:badarg ->
            error(badarg, [ReqIdCol, Timeout, Delete])
    end.

-file("gen_server.erl", 494).
check_response(Msg, ReqId) ->
    try
        gen:check_response(Msg, ReqId)
    catch
        error:badarg ->
            error(badarg, [Msg, ReqId])
    end.

-file("gen_server.erl", 514).
check_response(Msg, ReqIdCol, Delete) ->
    try
        gen:check_response(Msg, ReqIdCol, Delete)
    catch
        error:badarg ->
            error(badarg, [Msg, ReqIdCol, Delete])
    end.

reqids_new() ->
    gen:reqids_new().

-file("gen_server.erl", 531).
reqids_size(ReqIdCol) ->
    try
        gen:reqids_size(ReqIdCol)
    catch
        error:badarg -> error(badarg, [ReqIdCol])
    end.

-file("gen_server.erl", 542).
reqids_add(ReqId, Label, ReqIdCol) ->
    try
        gen:reqids_add(ReqId, Label, ReqIdCol)
    catch
        error:badarg -> error(badarg, [ReqId, Label, ReqIdCol])
    end.

-file("gen_server.erl", 552).
reqids_to_list(ReqIdCol) ->
    try
        gen:reqids_to_list(ReqIdCol)
    catch
        error:badarg -> error(badarg, [ReqIdCol])
    end.

%% ---------------------------------------------------------------------------
%% Casts: never fail, whatever the destination.

cast({global, Name}, Request) ->
    catch global:send(Name, cast_msg(Request)),
    ok;
cast({via, Mod, Name}, Request) ->
    catch Mod:send(Name, cast_msg(Request)),
    ok;
cast({Name, Node} = Dest, Request) when is_atom(Name), is_atom(Node) ->
    do_cast(Dest, Request);
cast(Dest, Request) when is_atom(Dest) ->
    do_cast(Dest, Request);
cast(Dest, Request) when is_pid(Dest) ->
    do_cast(Dest, Request).

do_cast(Dest, Request) ->
    do_send(Dest, cast_msg(Request)),
    ok.

cast_msg(Request) -> {'$gen_cast', Request}.

reply(Client, Reply) ->
    gen:reply(Client, Reply).

abcast(Name, Request) when is_atom(Name) ->
    do_abcast([node() | nodes()], Name, cast_msg(Request)).

abcast(Nodes, Name, Request) when is_list(Nodes), is_atom(Name) ->
    do_abcast(Nodes, Name, cast_msg(Request)).

do_abcast([Node | Nodes], Name, Msg) when is_atom(Node) ->
    do_send({Name, Node}, Msg),
    do_abcast(Nodes, Name, Msg);
do_abcast([], _, _) -> abcast.

multi_call(Name, Request) when is_atom(Name) ->
    do_multi_call([node() | nodes()], Name, Request, infinity).

multi_call(Nodes, Name, Request) when is_list(Nodes), is_atom(Name) ->
    do_multi_call(Nodes, Name, Request, infinity).

multi_call(Nodes, Name, Request, Timeout)
  when is_list(Nodes), is_atom(Name), ?is_timeout(Timeout) ->
    do_multi_call(Nodes, Name, Request, Timeout).

%% Only the local node can be reached (no distribution): other nodes are bad nodes.
do_multi_call(Nodes, Name, Req, Timeout) ->
    Local = node(),
    {Replies, Bad} =
        lists:foldl(
          fun(Node, {Rs, Bs}) when Node =:= Local ->
                  try gen:call(Name, '$gen_call', Req, Timeout) of
                      {ok, Res} -> {[{Node, Res} | Rs], Bs}
                  catch exit:_ -> {Rs, [Node | Bs]}
                  end;
             (Node, {Rs, Bs}) when is_atom(Node) ->
                  {Rs, [Node | Bs]}
          end, {[], []}, Nodes),
    {lists:reverse(Replies), lists:reverse(Bad)}.

do_send(Dest, Msg) ->
    try erlang:send(Dest, Msg)
    catch
        error:_ -> ok
    end,
    ok.

%% ---------------------------------------------------------------------------
%% enter_loop: make the calling proc_lib process a server.

enter_loop(Mod, Options, State) when is_atom(Mod), is_list(Options) ->
    enter_loop(Mod, Options, State, self(), infinity).

enter_loop(Mod, Options, State, ServerName = {Scope, _})
  when is_atom(Mod), is_list(Options), Scope == local;
       is_atom(Mod), is_list(Options), Scope == global ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, ServerName = {via, _, _})
  when is_atom(Mod), is_list(Options) ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, TimeoutOrHibernate)
  when is_atom(Mod), is_list(Options), ?is_timeout(TimeoutOrHibernate);
       is_atom(Mod), is_list(Options), TimeoutOrHibernate =:= hibernate ->
    enter_loop(Mod, Options, State, self(), TimeoutOrHibernate);
enter_loop(Mod, Options, State, {continue, _} = Continue)
  when is_atom(Mod), is_list(Options) ->
    enter_loop(Mod, Options, State, self(), Continue).

-file("gen_server.erl", 778).
enter_loop(Mod, Options, State, ServerName, TimeoutOrHibernate)
  when is_atom(Mod), is_list(Options), ?is_timeout(TimeoutOrHibernate);
       is_atom(Mod), is_list(Options), TimeoutOrHibernate =:= hibernate ->
    Name = gen:get_proc_name(ServerName),
    Parent = gen:get_parent(),
    Debug = gen:debug_options(Name, Options),
    HibernateAfterTimeout = gen:hibernate_after(Options),
    loop(Parent, Name, State, Mod, TimeoutOrHibernate, HibernateAfterTimeout, Debug);
enter_loop(Mod, Options, State, ServerName, {continue, _} = Continue)
  when is_atom(Mod), is_list(Options) ->
    Name = gen:get_proc_name(ServerName),
    Parent = gen:get_parent(),
    Debug = gen:debug_options(Name, Options),
    HibernateAfterTimeout = gen:hibernate_after(Options),
    loop(Parent, Name, State, Mod, Continue, HibernateAfterTimeout, Debug).

%% ---------------------------------------------------------------------------
%% The server process: init

-file("gen_server.erl", 806).
init_it(Starter, self, Name, Mod, Args, Options) ->
    init_it(Starter, self(), Name, Mod, Args, Options);
init_it(Starter, Parent, Name0, Mod, Args, Options) ->
    Name = gen:name(Name0),
    Debug = gen:debug_options(Name, Options),
    HibernateAfterTimeout = gen:hibernate_after(Options),

    case init_it(Mod, Args) of
        {ok, {ok, State}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, infinity, HibernateAfterTimeout, Debug);
        {ok, {ok, State, TimeoutOrHibernate}}
          when ?is_timeout(TimeoutOrHibernate);
               TimeoutOrHibernate =:= hibernate ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, TimeoutOrHibernate, HibernateAfterTimeout, Debug);
        {ok, {ok, State, {continue, _} = Continue}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, Continue, HibernateAfterTimeout, Debug);
        {ok, {stop, Reason}} ->
            %% The name is given up before the starter hears of the
            %% failure: a starter that tries again at once must not get
            %% {error, {already_started, _}} from a server that is about
            %% to exit.
            %%
            %%
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, Reason}),
            exit(Reason);
        {ok, ignore} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        {ok, Else} ->
            Error = {bad_return_value, Else},
            proc_lib:init_ack(Starter, {error, Error}),
            exit(Error);
        {'EXIT', Class, Reason, Stacktrace} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, terminate_reason(Class, Reason, Stacktrace)}),
            erlang:raise(Class, Reason, Stacktrace)
    end.

-file("gen_server.erl", 848).
init_it(Mod, Args) ->
    try
        {ok, Mod:init(Args)}
    catch
        throw:R -> {ok, R};
        Class:R:S -> {'EXIT', Class, R, S}
    end.

%% ---------------------------------------------------------------------------
%% The loop

-file("gen_server.erl", 863).
loop(Parent, Name, State, Mod, {continue, Continue} = Msg, HibernateAfterTimeout, Debug) ->
    Reply = try_dispatch(Mod, handle_continue, Continue, State),
    case Debug of
        [] -> handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfterTimeout, State);
        _ -> Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, Msg),
             handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfterTimeout, State, Debug1)
    end;
loop(Parent, Name, State, Mod, Time, HibernateAfterTimeout, Debug) when Time =/= hibernate -> receive
        %% (one receive for both kinds of wait, on the line where BEAM shows a
        %% waiting server: 871)
        Msg ->
            decode_msg(Msg, Parent, Name, State, Mod, Time, HibernateAfterTimeout, Debug, false)
    after wait_time(Time, HibernateAfterTimeout) ->
            case Time of
                %% no message for hibernate_after milliseconds: hibernate
                infinity -> loop(Parent, Name, State, Mod, hibernate, HibernateAfterTimeout, Debug);
                _ -> decode_msg(timeout, Parent, Name, State, Mod, Time, HibernateAfterTimeout, Debug, false)
            end
    end;
loop(Parent, Name, State, Mod, hibernate, HibernateAfterTimeout, Debug) ->
    proc_lib:hibernate(?MODULE, wake_hib, [Parent, Name, State, Mod, HibernateAfterTimeout, Debug]).

wait_time(infinity, HibernateAfterTimeout) -> HibernateAfterTimeout;
wait_time(Time, _) -> Time.

-file("gen_server.erl", 895).
wake_hib(Parent, Name, State, Mod, HibernateAfterTimeout, Debug) ->
    Msg = receive
              Input ->
                  Input
          end,
    decode_msg(Msg, Parent, Name, State, Mod, hibernate, HibernateAfterTimeout, Debug, true).

decode_msg(Msg, Parent, Name, State, Mod, Time, HibernateAfterTimeout, Debug, Hib) ->
    case Msg of
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug,
                                  [Name, State, Mod, Time, HibernateAfterTimeout], Hib);
        {'EXIT', Parent, Reason} ->
            terminate(Reason, ?STACKTRACE(), Name, undefined, Msg, Mod, State, Debug);
        _Msg when Debug =:= [] ->
            handle_msg(Msg, Parent, Name, State, Mod, HibernateAfterTimeout);
        _Msg ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {in, Msg}),
            handle_msg(Msg, Parent, Name, State, Mod, HibernateAfterTimeout, Debug1)
    end.

%% ---------------------------------------------------------------------------
%% Running the callbacks: {ok, Result} or {'EXIT', Class, Reason, Stacktrace}; a
%% throw is a result.

-file("gen_server.erl", 1115).
try_dispatch({'$gen_cast', Msg}, Mod, State) ->
    try_dispatch(Mod, handle_cast, Msg, State);
try_dispatch(Info, Mod, State) ->
    try_dispatch(Mod, handle_info, Info, State).

try_dispatch(Mod, Func, Msg, State) ->
    try
        {ok, Mod:Func(Msg, State)}
    catch
        throw:R ->
            {ok, R};
        error:undef = R:Stacktrace when Func == handle_info ->
            %% no handle_info/2: the message is logged and dropped
            case erlang:function_exported(Mod, handle_info, 2) of
                false ->
                    ?LOG_WARNING(#{label => {gen_server, no_handle_info},
                                   module => Mod,
                                   message => Msg},
                                 #{domain => [otp],
                                   report_cb => fun gen_server:format_log/2,
                                   error_logger =>
                                       #{tag => warning_msg,
                                         report_cb => fun gen_server:format_log/1}}),
                    {ok, {noreply, State}};
                true ->
                    {'EXIT', error, R, Stacktrace}
            end;
        Class:R:Stacktrace ->
            {'EXIT', Class, R, Stacktrace}
    end.

-file("gen_server.erl", 1146).
try_handle_call(Mod, Msg, From, State) ->
    try
        {ok, Mod:handle_call(Msg, From, State)}
    catch
        throw:R ->
            {ok, R};
        Class:R:Stacktrace ->
            {'EXIT', Class, R, Stacktrace}
    end.

try_terminate(Mod, Reason, State) ->
    case erlang:function_exported(Mod, terminate, 2) of
        true ->
            try
                {ok, Mod:terminate(Reason, State)}
            catch
                throw:R ->
                    {ok, R};
                Class:R:Stacktrace ->
                    {'EXIT', Class, R, Stacktrace}
            end;
        false ->
            {ok, ok}
    end.

%% ---------------------------------------------------------------------------
%% Messages (handle_msg/6 without debug, handle_msg/7 with)

-file("gen_server.erl", 1176).
handle_msg({'$gen_call', From, Msg}, Parent, Name, State, Mod, HibernateAfterTimeout) ->
    Result = try_handle_call(Mod, Msg, From, State),
    case Result of
        {ok, {reply, Reply, NState}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, infinity, HibernateAfterTimeout, []);
        {ok, {reply, Reply, NState, TimeoutOrHibernate}}
          when ?is_timeout(TimeoutOrHibernate);
               TimeoutOrHibernate =:= hibernate ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, TimeoutOrHibernate, HibernateAfterTimeout, []);
        {ok, {reply, Reply, NState, {continue, _} = Continue}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, Continue, HibernateAfterTimeout, []);
        {ok, {stop, Reason, Reply, NState}} ->
            try
                terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, [])
            after
                reply(From, Reply)
            end;
        Other -> handle_common_reply(Other, Parent, Name, From, Msg, Mod, HibernateAfterTimeout, State)
    end;
handle_msg(Msg, Parent, Name, State, Mod, HibernateAfterTimeout) ->
    Reply = try_dispatch(Msg, Mod, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfterTimeout, State).

handle_msg({'$gen_call', From, Msg}, Parent, Name, State, Mod, HibernateAfterTimeout, Debug) ->
    Result = try_handle_call(Mod, Msg, From, State),
    case Result of
        {ok, {reply, Reply, NState}} ->
            Debug1 = reply(Name, From, Reply, NState, Debug),
            loop(Parent, Name, NState, Mod, infinity, HibernateAfterTimeout, Debug1);
        {ok, {reply, Reply, NState, TimeoutOrHibernate}}
          when ?is_timeout(TimeoutOrHibernate);
               TimeoutOrHibernate =:= hibernate ->
            Debug1 = reply(Name, From, Reply, NState, Debug),
            loop(Parent, Name, NState, Mod, TimeoutOrHibernate, HibernateAfterTimeout, Debug1);
        {ok, {reply, Reply, NState, {continue, _} = Continue}} ->
            Debug1 = reply(Name, From, Reply, NState, Debug),
            loop(Parent, Name, NState, Mod, Continue, HibernateAfterTimeout, Debug1);
        {ok, {stop, Reason, Reply, NState}} ->
            try
                terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, Debug)
            after
                _ = reply(Name, From, Reply, NState, Debug)
            end;
        Other ->
            handle_common_reply(Other, Parent, Name, From, Msg, Mod, HibernateAfterTimeout, State, Debug)
    end;
handle_msg(Msg, Parent, Name, State, Mod, HibernateAfterTimeout, Debug) ->
    Reply = try_dispatch(Msg, Mod, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibernateAfterTimeout, State, Debug).

handle_common_reply(Reply, Parent, Name, From, Msg, Mod, HibernateAfterTimeout, State) ->
    case Reply of
        {ok, {noreply, NState}} ->
            loop(Parent, Name, NState, Mod, infinity, HibernateAfterTimeout, []);
        {ok, {noreply, NState, TimeoutOrHibernate}}
          when ?is_timeout(TimeoutOrHibernate);
               TimeoutOrHibernate =:= hibernate ->
            loop(Parent, Name, NState, Mod, TimeoutOrHibernate, HibernateAfterTimeout, []);
        {ok, {noreply, NState, {continue, _} = Continue}} ->
            loop(Parent, Name, NState, Mod, Continue, HibernateAfterTimeout, []);
        {ok, {stop, Reason, NState}} ->
            terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, []);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, []);
        {ok, BadReply} ->
            terminate({bad_return_value, BadReply}, ?STACKTRACE(), Name, From, Msg, Mod, State, [])
    end.

handle_common_reply(Reply, Parent, Name, From, Msg, Mod, HibernateAfterTimeout, State, Debug) ->
    case Reply of
        {ok, {noreply, NState}} ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, infinity, HibernateAfterTimeout, Debug1);
        {ok, {noreply, NState, TimeoutOrHibernate}}
          when ?is_timeout(TimeoutOrHibernate);
               TimeoutOrHibernate =:= hibernate ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, TimeoutOrHibernate, HibernateAfterTimeout, Debug1);
        {ok, {noreply, NState, {continue, _} = Continue}} ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, Continue, HibernateAfterTimeout, Debug1);
        {ok, {stop, Reason, NState}} ->
            terminate(Reason, ?STACKTRACE(), Name, From, Msg, Mod, NState, Debug);
        {'EXIT', Class, Reason, Stacktrace} ->
            terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, Debug);
        {ok, BadReply} ->
            terminate({bad_return_value, BadReply}, ?STACKTRACE(), Name, From, Msg, Mod, State, Debug)
    end.

reply(Name, From, Reply, State, Debug) ->
    reply(From, Reply),
    sys:handle_debug(Debug, fun print_event/3, Name, {out, Reply, From, State}).

%% ---------------------------------------------------------------------------
%% The system-message callbacks (sys)

-file("gen_server.erl", 1278).
system_continue(Parent, Debug, [Name, State, Mod, Time, HibernateAfterTimeout]) ->
    loop(Parent, Name, State, Mod, Time, HibernateAfterTimeout, Debug).

-file("gen_server.erl", 1283).
system_terminate(Reason, _Parent, Debug, [Name, State, Mod, _Time, _HibernateAfterTimeout]) ->
    terminate(Reason, ?STACKTRACE(), Name, undefined, [], Mod, State, Debug).

system_code_change([Name, State, Mod, Time, HibernateAfterTimeout], _Module, OldVsn, Extra) ->
    case catch Mod:code_change(OldVsn, State, Extra) of
        {ok, NewState} -> {ok, [Name, NewState, Mod, Time, HibernateAfterTimeout]};
        Else -> Else
    end.

system_get_state([_Name, State, _Mod, _Time, _HibernateAfterTimeout]) ->
    {ok, State}.

system_replace_state(StateFun, [Name, State, Mod, Time, HibernateAfterTimeout]) ->
    NState = StateFun(State),
    {ok, NState, [Name, NState, Mod, Time, HibernateAfterTimeout]}.

%% The *DBG* lines of sys:trace.
print_event(Dev, {in, Msg}, Name) ->
    case Msg of
        {'$gen_call', {From, _Tag}, Call} ->
            io:format(Dev, "*DBG* ~tp got call ~tp from ~tw~n", [Name, Call, From]);
        {'$gen_cast', Cast} ->
            io:format(Dev, "*DBG* ~tp got cast ~tp~n", [Name, Cast]);
        _ ->
            io:format(Dev, "*DBG* ~tp got ~tp~n", [Name, Msg])
    end;
print_event(Dev, {out, Msg, {To, _Tag}, State}, Name) ->
    io:format(Dev, "*DBG* ~tp sent ~tp to ~tw, new state ~tp~n", [Name, Msg, To, State]);
print_event(Dev, {noreply, State}, Name) ->
    io:format(Dev, "*DBG* ~tp new state ~tp~n", [Name, State]);
print_event(Dev, Event, Name) ->
    io:format(Dev, "*DBG* ~tp dbg  ~tp~n", [Name, Event]).

%% ---------------------------------------------------------------------------
%% Terminating

-file("gen_server.erl", 1341).
terminate(Reason, Stacktrace, Name, From, Msg, Mod, State, Debug) ->
  terminate(exit, Reason, Stacktrace, false, Name, From, Msg, Mod, State, Debug).

-file("gen_server.erl", 1345).
terminate(Class, Reason, Stacktrace, Name, From, Msg, Mod, State, Debug) ->
  terminate(Class, Reason, Stacktrace, true, Name, From, Msg, Mod, State, Debug).

-file("gen_server.erl", 1349).
terminate(Class, Reason, Stacktrace, ReportStacktrace, Name, From, Msg, Mod, State, Debug) ->
    Reply = try_terminate(Mod, terminate_reason(Class, Reason, Stacktrace), State),
    case Reply of
        {'EXIT', C, R, S} ->
            error_info(R, S, Name, From, Msg, Mod, State, Debug),
            erlang:raise(C, R, S);
        _ ->
            case {Class, Reason} of
                {exit, normal} -> ok;
                {exit, shutdown} -> ok;
                {exit, {shutdown, _}} -> ok;
                _ when ReportStacktrace ->
                    error_info(Reason, Stacktrace, Name, From, Msg, Mod, State, Debug);
                _ ->
                    error_info(Reason, undefined, Name, From, Msg, Mod, State, Debug)
            end
    end,
    case Stacktrace of
        [] ->
            erlang:Class(Reason);
        _ ->
            erlang:raise(Class, Reason, Stacktrace)
    end.

-file("gen_server.erl", 1373).
terminate_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
terminate_reason(exit, Reason, _Stacktrace) -> Reason.

%% The application controller is a gen_server that must not report itself.
error_info(_Reason, _ST, application_controller, _From, _Msg, _Mod, _State, _Debug) ->
    ok;
error_info(Reason, ST, Name, From, Msg, Mod, State, Debug) ->
    Log = sys:get_log(Debug),
    Status = gen:format_status(Mod, terminate,
                               #{reason => Reason, state => State,
                                 message => Msg, log => Log},
                               [get(), State]),
    ReportReason = case ST of
                       undefined -> maps:get(reason, Status);
                       _ -> {maps:get(reason, Status), ST}
                   end,
    ?LOG_ERROR(#{label => {gen_server, terminate},
                 name => Name,
                 last_message => maps:get(message, Status),
                 state => maps:get('EXIT', Status,
                                   maps:get('$status', Status, maps:get(state, Status))),
                 log => format_log_state(Mod, maps:get(log, Status)),
                 reason => ReportReason,
                 client_info => client_stacktrace(From)},
               #{domain => [otp],
                 report_cb => fun gen_server:format_log/2,
                 error_logger => #{tag => error,
                                   report_cb => fun gen_server:format_log/1}}),
    ok.

%% Where the client of the call that ended the server is.
client_stacktrace(undefined) ->
    undefined;
client_stacktrace({From, _Tag}) ->
    client_stacktrace(From);
client_stacktrace(From) when is_pid(From), node(From) =:= node() ->
    case process_info(From, [current_stacktrace, registered_name]) of
        undefined ->
            {From, dead};
        [{current_stacktrace, Stacktrace}, {registered_name, []}] ->
            {From, {From, Stacktrace}};
        [{current_stacktrace, Stacktrace}, {registered_name, Name}] ->
            {From, {Name, Stacktrace}}
    end;
client_stacktrace(From) when is_pid(From) ->
    {From, remote}.

%% ---------------------------------------------------------------------------
%% Formatting the reports

%% For error_logger's handlers (format depth: unlimited here).
format_log(Report) ->
    format_log_multi(Report, #{chars_limit => unlimited, depth => unlimited,
                               single_line => false, encoding => utf8}).

format_log(Report, FormatOpts0) ->
    Default = #{chars_limit => unlimited, depth => unlimited,
                single_line => false, encoding => utf8},
    FormatOpts = maps:merge(Default, FormatOpts0),
    {Format, Args} = format_log_single(Report, FormatOpts),
    case FormatOpts of
        #{chars_limit := unlimited} -> io_lib:format(Format, Args);
        #{chars_limit := Limit} -> io_lib:format(Format, Args, [{chars_limit, Limit}])
    end.

format_log_single(#{label := {gen_server, terminate}, name := Name, last_message := Msg,
                    state := State, log := Log, reason := Reason, client_info := Client},
                  #{single_line := true, depth := Depth} = FormatOpts) ->
    P = p(FormatOpts),
    Format1 = lists:append(["Generic server ", P, " terminating. Reason: ", P,
                            ". Last message: ", P, ". State: ", P, "."]),
    {ServerLogFormat, ServerLogArgs} = format_server_log_single(Log, FormatOpts),
    {ClientLogFormat, ClientLogArgs} = format_client_log_single(Client, FormatOpts),
    Args1 = case Depth of
                unlimited -> [Name, fix_reason(Reason), Msg, State];
                _ -> [Name, Depth, fix_reason(Reason), Depth, Msg, Depth, State, Depth]
            end,
    {Format1 ++ ServerLogFormat ++ ClientLogFormat, Args1 ++ ServerLogArgs ++ ClientLogArgs};
format_log_single(#{label := {gen_server, no_handle_info}, module := Mod, message := Msg},
                  #{single_line := true, depth := Depth} = FormatOpts) ->
    P = p(FormatOpts),
    Format = lists:append(["Undefined handle_info in ", P, ". Unhandled message: ", P, "."]),
    Args = case Depth of
               unlimited -> [Mod, Msg];
               _ -> [Mod, Depth, Msg, Depth]
           end,
    {Format, Args};
format_log_single(Report, FormatOpts) ->
    format_log_multi(Report, FormatOpts).

format_log_multi(#{label := {gen_server, terminate}, name := Name, last_message := Msg,
                   state := State, log := Log, reason := Reason, client_info := Client},
                 #{depth := Depth} = FormatOpts) ->
    Reason1 = fix_reason(Reason),
    {ClientFmt, ClientArgs} = format_client_log(Client, FormatOpts),
    P = p(FormatOpts),
    LogFmt = case Log of
                 [] -> [];
                 _ -> ["** Log ==~n** [" | lists:join(",~n    ", lists:duplicate(length(Log), P))]
                          ++ ["]~n"]
             end,
    Format = lists:append(["** Generic server ", P, " terminating \n"
                           "** Last message in was ", P, "~n"
                           "** When Server state == ", P, "~n"
                           "** Reason for termination ==~n** ", P, "~n"] ++ LogFmt) ++ ClientFmt,
    Args = case Depth of
               unlimited ->
                   [Name, Msg, State, Reason1] ++ Log ++ ClientArgs;
               _ ->
                   [Name, Depth, Msg, Depth, State, Depth, Reason1, Depth]
                       ++ lists:append([[L, Depth] || L <- Log]) ++ ClientArgs
           end,
    {Format, Args};
format_log_multi(#{label := {gen_server, no_handle_info}, module := Mod, message := Msg},
                 #{depth := Depth} = FormatOpts) ->
    P = p(FormatOpts),
    Format = "** Undefined handle_info in ~p~n** Unhandled message: " ++ P ++ "~n",
    Args = case Depth of
               unlimited -> [Mod, Msg];
               _ -> [Mod, Msg, Depth]
           end,
    {Format, Args}.

%% An undef of a module that is not loaded or a function not exported says so.
fix_reason({undef, [{M, F, A, L} | MFAs]} = Reason) ->
    case is_loaded(M) of
        false ->
            {'module could not be loaded', [{M, F, A, L} | MFAs]};
        true ->
            case erlang:function_exported(M, F, length(A)) of
                true -> Reason;
                false -> {'function not exported', [{M, F, A, L} | MFAs]}
            end
    end;
fix_reason(Reason) ->
    Reason.

%% code:is_loaded/1 once there is a code server; until then the BIF.
is_loaded(M) ->
    try code:is_loaded(M) =/= false
    catch error:undef -> erlang:module_loaded(M)
    end.

format_server_log_single([], _) ->
    {"", []};
format_server_log_single(Log, FormatOpts) ->
    Args = case maps:get(depth, FormatOpts) of
               unlimited -> [Log];
               Depth -> [Log, Depth]
           end,
    {" Log: " ++ p(FormatOpts), Args}.

format_client_log_single(undefined, _) ->
    {"", []};
format_client_log_single({From, dead}, _) ->
    {" Client ~0p is dead.", [From]};
format_client_log_single({From, remote}, _) ->
    {" Client ~0p is remote on node ~0p.", [From, node(From)]};
format_client_log_single({_From, {Name, Stacktrace0}}, FormatOpts) ->
    P = p(FormatOpts),
    Stacktrace = lists:sublist(Stacktrace0, 4),
    Args = case maps:get(depth, FormatOpts) of
               unlimited -> [Name, Stacktrace];
               Depth -> [Name, Depth, Stacktrace, Depth]
           end,
    {" Client " ++ P ++ " stacktrace: " ++ P ++ ".", Args}.

format_client_log(undefined, _) ->
    {"", []};
format_client_log({From, dead}, _) ->
    {"** Client ~p is dead~n", [From]};
format_client_log({From, remote}, _) ->
    {"** Client ~p is remote on node ~p~n", [From, node(From)]};
format_client_log({_From, {Name, Stacktrace}}, FormatOpts) ->
    P = p(FormatOpts),
    Format = lists:append(["** Client ", P, " stacktrace~n", "** ", P, "~n"]),
    Args = case maps:get(depth, FormatOpts) of
               unlimited -> [Name, Stacktrace];
               Depth -> [Name, Depth, Stacktrace, Depth]
           end,
    {Format, Args}.

p(#{single_line := Single, depth := Depth, encoding := Enc}) ->
    "~" ++ single(Single) ++ mod(Enc) ++ p(Depth);
p(unlimited) -> "p";
p(_Depth) -> "P".

single(true) -> "0";
single(false) -> "".

mod(latin1) -> "";
mod(_) -> "t".

%% sys:get_status/1,2
format_status(Opt, StatusData) ->
    [PDict, SysState, Parent, Debug, [Name, State, Mod, _Time, _HibernateAfterTimeout]] = StatusData,
    Header = gen:format_status_header("Status for generic server", Name),
    Status =
        case gen:format_status(Mod, Opt, #{state => State, log => sys:get_log(Debug)},
                               [PDict, State]) of
            #{'EXIT' := R} = M -> M#{'$status' => [{data, [{"State", R}]}]};
            #{'$status' := S} = M when is_list(S) -> M;
            #{'$status' := S} = M -> M#{'$status' := [S]};
            #{state := S} = M -> M#{'$status' => [{data, [{"State", S}]}]}
        end,
    [{header, Header},
     {data, [{"Status", SysState},
             {"Parent", Parent},
             {"Logged events", format_log_state(Mod, maps:get(log, Status))}]}
     | maps:get('$status', Status)].

%% The states in logged events go through format_status/2 as well.
format_log_state(Mod, Log) ->
    case erlang:function_exported(Mod, format_status, 1) of
        false ->
            [case Event of
                 {out, Msg, From, State} ->
                     Status = gen:format_status(Mod, terminate, #{state => State}, [get(), State]),
                     {out, Msg, From, maps:get(state, Status)};
                 {noreply, State} ->
                     Status = gen:format_status(Mod, terminate, #{state => State}, [get(), State]),
                     {noreply, maps:get(state, Status)};
                 _ ->
                     Event
             end || Event <- Log];
        true ->
            Log
    end.
