%% gen_event: the generic event manager of OTP 25. A manager process owns a list of
%% handlers (callback module + optional id + state, newest first); every event is
%% offered to each handler in turn, calls go to one handler. A handler that crashes
%% or returns something unexpected is removed (its terminate/2 gets {error, ...}) and an
%% ERROR REPORT "** gen_event handler ... crashed." is logged; the manager itself keeps
%% running. Handlers added with add_sup_handler are linked to the adder, which gets
%% {gen_event_EXIT, Handler, Reason} when the handler goes away.
%%
%% The manager speaks gen's call protocol with its own pid as label:
%% {From, Tag, Request} for the synchronous requests, {notify, Event} for notify/2,
%% and hands anything else to every handler's handle_info/2.
-module(gen_event).

-export([start/0, start/1, start/2,
         start_link/0, start_link/1, start_link/2,
         start_monitor/0, start_monitor/1, start_monitor/2,
         stop/1, stop/3,
         notify/2, sync_notify/2,
         add_handler/3, add_sup_handler/3, delete_handler/3,
         swap_handler/3, swap_sup_handler/3,
         which_handlers/1, call/3, call/4,
         send_request/3, send_request/5,
         wait_response/2, receive_response/2, check_response/2,
         wait_response/3, receive_response/3, check_response/3,
         reqids_new/0, reqids_size/1, reqids_add/3, reqids_to_list/1,
         wake_hib/5]).

%% gen, proc_lib and sys call these.
-export([init_it/6,
         system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2,
         format_status/2]).

%% report_cb of the reports logged here.
-export([format_log/1, format_log/2]).

-include("../lib/kernel/include/logger.hrl").

%% The record's name and field order show in sys:get_status ("Installed handlers").
-record(handler, {module, id = false, state, supervised = false}).

%% What gen hands to init_it/6 as the callback module: a manager has none.
-define(NO_CALLBACK, 'no callback module').

-callback init(InitArgs :: term()) ->
    {ok, State :: term()} | {ok, State :: term(), hibernate} | {error, Reason :: term()}.
-callback handle_event(Event :: term(), State :: term()) ->
    {ok, NewState :: term()} | {ok, NewState :: term(), hibernate} |
    {swap_handler, Args1 :: term(), NewState :: term(),
     Handler2 :: (atom() | {atom(), Id :: term()}), Args2 :: term()} |
    remove_handler.
-callback handle_call(Request :: term(), State :: term()) ->
    {ok, Reply :: term(), NewState :: term()} |
    {ok, Reply :: term(), NewState :: term(), hibernate} |
    {swap_handler, Reply :: term(), Args1 :: term(), NewState :: term(),
     Handler2 :: (atom() | {atom(), Id :: term()}), Args2 :: term()} |
    {remove_handler, Reply :: term()}.
-callback handle_info(Info :: term(), State :: term()) ->
    {ok, NewState :: term()} | {ok, NewState :: term(), hibernate} |
    {swap_handler, Args1 :: term(), NewState :: term(),
     Handler2 :: (atom() | {atom(), Id :: term()}), Args2 :: term()} |
    remove_handler.
-callback terminate(Args :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: (term() | {down, term()}), State :: term(),
                      Extra :: term()) -> {ok, NewState :: term()}.
-callback format_status(Opt, StatusData) -> Status when
      Opt :: 'normal' | 'terminate',
      StatusData :: [PDict | State],
      PDict :: [{Key :: term(), Value :: term()}],
      State :: term(),
      Status :: term().
-callback format_status(Status) -> NewStatus when
      Status :: map(),
      NewStatus :: map().
-optional_callbacks([handle_info/2, terminate/2, code_change/3,
                     format_status/1, format_status/2]).

%%% ---------------------------------------------------------------------------
%%% Starting and stopping

start() -> gen:start(?MODULE, nolink, ?NO_CALLBACK, [], []).

start(Name) when is_tuple(Name) -> gen:start(?MODULE, nolink, Name, ?NO_CALLBACK, [], []);
start(Options) when is_list(Options) -> gen:start(?MODULE, nolink, ?NO_CALLBACK, [], Options).

start(Name, Options) -> gen:start(?MODULE, nolink, Name, ?NO_CALLBACK, [], Options).

start_link() -> gen:start(?MODULE, link, ?NO_CALLBACK, [], []).

start_link(Name) when is_tuple(Name) -> gen:start(?MODULE, link, Name, ?NO_CALLBACK, [], []);
start_link(Options) when is_list(Options) -> gen:start(?MODULE, link, ?NO_CALLBACK, [], Options).

start_link(Name, Options) -> gen:start(?MODULE, link, Name, ?NO_CALLBACK, [], Options).

start_monitor() -> gen:start(?MODULE, monitor, ?NO_CALLBACK, [], []).

start_monitor(Name) when is_tuple(Name) ->
    gen:start(?MODULE, monitor, Name, ?NO_CALLBACK, [], []);
start_monitor(Options) when is_list(Options) ->
    gen:start(?MODULE, monitor, ?NO_CALLBACK, [], Options).

start_monitor(Name, Options) -> gen:start(?MODULE, monitor, Name, ?NO_CALLBACK, [], Options).

stop(M) -> gen:stop(M).

stop(M, Reason, Timeout) -> gen:stop(M, Reason, Timeout).

%% Runs in the new manager. An unlinked manager (start/0,1,2) is its own parent.
init_it(Starter, self, Name, Mod, Args, Options) ->
    init_it(Starter, self(), Name, Mod, Args, Options);
init_it(Starter, Parent, Name0, _Mod, _Args, Options) ->
    process_flag(trap_exit, true),
    Name = gen:name(Name0),
    Debug = gen:debug_options(Name, Options),
    HibAfter = gen:hibernate_after(Options),
    proc_lib:init_ack(Starter, {ok, self()}),
    loop(Parent, Name, [], HibAfter, Debug, false).

%%% ---------------------------------------------------------------------------
%%% The client API

add_handler(M, Handler, Args) -> rpc(M, {add_handler, Handler, Args}).

add_sup_handler(M, Handler, Args) -> rpc(M, {add_sup_handler, Handler, Args, self()}).

delete_handler(M, Handler, Args) -> rpc(M, {delete_handler, Handler, Args}).

swap_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap_handler, H1, A1, H2, A2}).

swap_sup_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap_sup_handler, H1, A1, H2, A2, self()}).

which_handlers(M) -> rpc(M, which_handlers).

sync_notify(M, Event) -> rpc(M, {sync_notify, Event}).

%% notify/2 never fails for names that cannot be resolved through global or via;
%% a local name that is not registered is badarg from the send, as in OTP.
notify({global, Name}, Event) ->
    catch global:send(Name, {notify, Event}),
    ok;
notify({via, Mod, Name}, Event) ->
    catch Mod:send(Name, {notify, Event}),
    ok;
notify(M, Event) ->
    M ! {notify, Event},
    ok.

%% The management requests wait forever: a dead manager makes them exit with gen's
%% reason as it is (noproc, ...), unlike call/3,4 which adds where it happened.
rpc(M, Request) ->
    {ok, Reply} = gen:call(M, self(), Request, infinity),
    Reply.

call(M, Handler, Query) ->
    try gen:call(M, self(), {call, Handler, Query}) of
        {ok, Reply} -> Reply
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [M, Handler, Query]}})
    end.

call(M, Handler, Query, Timeout) ->
    try gen:call(M, self(), {call, Handler, Query}, Timeout) of
        {ok, Reply} -> Reply
    catch
        exit:Reason -> exit({Reason, {?MODULE, call, [M, Handler, Query, Timeout]}})
    end.

%% Asynchronous calls: gen does the work; errors are raised as coming from here, and a
%% reply {error, _} of the manager (bad_module, a crashed handler) is returned as is.
send_request(M, Handler, Query) ->
    try gen:send_request(M, self(), {call, Handler, Query})
    catch error:badarg -> error(badarg, [M, Handler, Query])
    end.

send_request(M, Handler, Query, Label, ReqIds) ->
    try gen:send_request(M, self(), {call, Handler, Query}, Label, ReqIds)
    catch error:badarg -> error(badarg, [M, Handler, Query, Label, ReqIds])
    end.

wait_response(ReqId, Timeout) ->
    try gen:wait_response(ReqId, Timeout) of
        Result -> unwrap_error(Result)
    catch error:badarg -> error(badarg, [ReqId, Timeout])
    end.

wait_response(ReqIds, Timeout, Delete) ->
    try gen:wait_response(ReqIds, Timeout, Delete) of
        Result -> unwrap_error(Result)
    catch error:badarg -> error(badarg, [ReqIds, Timeout, Delete])
    end.

receive_response(ReqId, Timeout) ->
    try gen:receive_response(ReqId, Timeout) of
        Result -> unwrap_error(Result)
    catch error:badarg -> error(badarg, [ReqId, Timeout])
    end.

receive_response(ReqIds, Timeout, Delete) ->
    try gen:receive_response(ReqIds, Timeout, Delete) of
        Result -> unwrap_error(Result)
    catch error:badarg -> error(badarg, [ReqIds, Timeout, Delete])
    end.

check_response(Msg, ReqId) ->
    try gen:check_response(Msg, ReqId) of
        Result -> unwrap_error(Result)
    catch error:badarg -> error(badarg, [Msg, ReqId])
    end.

check_response(Msg, ReqIds, Delete) ->
    try gen:check_response(Msg, ReqIds, Delete) of
        Result -> unwrap_error(Result)
    catch error:badarg -> error(badarg, [Msg, ReqIds, Delete])
    end.

unwrap_error({reply, {error, _} = Error}) -> Error;
unwrap_error({{reply, {error, _} = Error}, Label, ReqIds}) -> {Error, Label, ReqIds};
unwrap_error(Other) -> Other.

reqids_new() -> gen:reqids_new().

reqids_size(ReqIds) ->
    try gen:reqids_size(ReqIds)
    catch error:badarg -> error(badarg, [ReqIds])
    end.

reqids_add(ReqId, Label, ReqIds) ->
    try gen:reqids_add(ReqId, Label, ReqIds)
    catch error:badarg -> error(badarg, [ReqId, Label, ReqIds])
    end.

reqids_to_list(ReqIds) ->
    try gen:reqids_to_list(ReqIds)
    catch error:badarg -> error(badarg, [ReqIds])
    end.

%%% ---------------------------------------------------------------------------
%%% The manager's loop. Handlers is the list of #handler{}, newest first.

loop(Parent, Name, Handlers, HibAfter, Debug, true) ->
    proc_lib:hibernate(?MODULE, wake_hib, [Parent, Name, Handlers, HibAfter, Debug]);
loop(Parent, Name, Handlers, HibAfter, Debug, false) ->
    fetch_msg(Parent, Name, Handlers, HibAfter, Debug, false).

wake_hib(Parent, Name, Handlers, HibAfter, Debug) ->
    fetch_msg(Parent, Name, Handlers, HibAfter, Debug, true).

%% (The name shows as the current function of a waiting manager; BEAM puts it on line
%% 500 of gen_event.erl, where erlts puts the receive.)
-file("gen_event.erl", 498).
fetch_msg(Parent, Name, Handlers, HibAfter, Debug, Hib) ->
    receive
        Msg -> decode_msg(Msg, Parent, Name, Handlers, HibAfter, Debug, Hib)
    after HibAfter ->
        loop(Parent, Name, Handlers, HibAfter, Debug, true)
    end.

decode_msg({system, From, Req}, Parent, Name, Handlers, HibAfter, Debug, Hib) ->
    sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug,
                          [Name, Handlers, HibAfter, Hib], Hib);
decode_msg({'EXIT', Parent, Reason}, Parent, Name, Handlers, _HibAfter, _Debug, _Hib) ->
    terminate_server(Reason, Parent, Handlers, Name);
decode_msg(Msg, Parent, Name, Handlers, HibAfter, [], _Hib) ->
    handle_msg(Msg, Parent, Name, Handlers, HibAfter, []);
decode_msg(Msg, Parent, Name, Handlers, HibAfter, Debug, _Hib) ->
    Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {in, Msg}),
    handle_msg(Msg, Parent, Name, Handlers, HibAfter, Debug1).

%% The functions from here on whose calls show in the stack traces of handler
%% callbacks (server_update/4, server_notify/4, handle_msg/6, do_terminate/7, ...) have
%% OTP 25's names, arities and tail/body calls, and -file attributes put those calls
%% on the lines of OTP's gen_event.erl, so that the stacks in crash reports, in
%% {error, {'EXIT', ...}} replies and in terminate/2's argument are OTP's.
-file("gen_event.erl", 522).
handle_msg(Msg, Parent, ServerName, MSL, HibAfter, Debug) ->
    case Msg of
        {notify, Event} ->
            {Hib, MSL1} = server_notify(Event, handle_event, MSL, ServerName),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, {sync_notify, Event}} ->
            {Hib, MSL1} = server_notify(Event, handle_event, MSL, ServerName),
            reply(Tag, ok),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, Hib);
        {'EXIT', From, Reason} ->
            MSL1 = handle_exit(From, Reason, MSL, ServerName),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, false);
        {_From, Tag, {call, Handler, Query}} ->
            {Hib, Reply, MSL1} = server_call(Handler, Query, MSL, ServerName),
            reply(Tag, Reply),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, {add_handler, Handler, Args}} ->
            {Hib, Reply, MSL1} = server_add_handler(Handler, Args, MSL),
            reply(Tag, Reply),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, {add_sup_handler, Handler, Args, SupP}} ->
            {Hib, Reply, MSL1} = server_add_sup_handler(Handler, Args, MSL, SupP),
            reply(Tag, Reply),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, {delete_handler, Handler, Args}} ->
            {Reply, MSL1} = server_delete_handler(Handler, Args, MSL, ServerName),
            reply(Tag, Reply),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, false);
        {_From, Tag, {swap_handler, Handler1, Args1, Handler2, Args2}} ->
            %% the new handler keeps the old one's supervisor
            {Hib, Reply, MSL1} = server_swap_handler(Handler1, Args1, Handler2, Args2, MSL, ServerName),
            reply(Tag, Reply),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, {swap_sup_handler, Handler1, Args1, Handler2, Args2,
                      Sup}} ->
            %% the new handler is supervised by the caller
            {Hib, Reply, MSL1} = server_swap_handler(Handler1, Args1, Handler2, Args2, MSL, Sup, ServerName),
            reply(Tag, Reply),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, Hib);
        {_From, Tag, stop} ->
            %% the old way to stop a manager (gen_event:stop/1 uses sys now)
            catch terminate_server(normal, Parent, MSL, ServerName),
            reply(Tag, ok);
        {_From, Tag, which_handlers} ->
            reply(Tag, the_handlers(MSL)),
            loop(Parent, ServerName, MSL, HibAfter, Debug, false);
        {_From, Tag, get_modules} ->
            reply(Tag, get_modules(MSL)),
            loop(Parent, ServerName, MSL, HibAfter, Debug, false);
        Other ->
            {Hib, MSL1} = server_notify(Other, handle_info, MSL, ServerName),
            loop(Parent, ServerName, MSL1, HibAfter, Debug, Hib)
    end.

%% Every handler gets terminate(stop, State); the owners of supervised handlers
%% are unlinked (but told, by {gen_event_EXIT, H, shutdown}) before the exit.
-file("gen_event.erl", 576).
terminate_server(Reason, Parent, MSL, ServerName) ->
    stop_handlers(MSL, ServerName),
    do_unlink(Parent, MSL),
    exit(Reason).

reply(From, Reply) -> gen:reply(From, Reply).

%% The parent stays linked: it is the manager's parent, not only a supervisor.
do_unlink(Parent, MSL) ->
    [unlink(Owner) || #handler{supervised = Owner} <- MSL, is_pid(Owner), Owner =/= Parent],
    ok.

%% An 'EXIT' from a linked process: the handlers it added with add_sup_handler go
%% first (terminate({stop, Reason}, S), no report), then every handler sees the exit.
-file("gen_event.erl", 603).
handle_exit(From, Reason, MSL, SName) ->
    MSL1 = terminate_supervised(From, Reason, MSL, SName),
    {_, MSL2} = server_notify({'EXIT', From, Reason}, handle_info, MSL1, SName),
    MSL2.

-file("gen_event.erl", 608).
terminate_supervised(Pid, Reason, MSL, SName) ->
    F = fun(Ha) when Ha#handler.supervised =:= Pid ->
                do_terminate(Ha#handler.module, Ha, {stop, Reason}, Ha#handler.state, {parent_terminated, {Pid, Reason}}, SName, shutdown),
                false;
           (_) ->
                true
        end,
    lists:filter(F, MSL).

%%% ---------------------------------------------------------------------------
%%% Handlers: #handler{} records in a list, newest first

%% Runs Mod:init/1 (caught); anything but {ok, S} or {ok, S, hibernate} is the reply
%% as it is ({error, R}, {'EXIT', R}, a bad value, a thrown term).
server_add_handler({Mod, Id}, Args, MSL) ->
    server_add_handler(Mod, #handler{module = Mod, id = Id}, Args, MSL);
server_add_handler(Mod, Args, MSL) ->
    server_add_handler(Mod, #handler{module = Mod}, Args, MSL).

-file("gen_event.erl", 696).
server_add_handler(Mod, Handler, Args, MSL) ->
    case catch Mod:init(Args) of
        {ok, State} ->
            {false, ok, [Handler#handler{state = State} | MSL]};
        {ok, State, hibernate} ->
            {true, ok, [Handler#handler{state = State} | MSL]};
        Other ->
            {false, Other, MSL}
    end.

%% The link is made before init/1 runs, and stays if it fails.
server_add_sup_handler({Mod, Id}, Args, MSL, Parent) ->
    link(Parent),
    server_add_handler(Mod, #handler{module = Mod, id = Id, supervised = Parent}, Args, MSL);
server_add_sup_handler(Mod, Args, MSL, Parent) ->
    link(Parent),
    server_add_handler(Mod, #handler{module = Mod, supervised = Parent}, Args, MSL).

-file("gen_event.erl", 725).
server_delete_handler(HandlerId, Args, MSL, SName) ->
    case split(HandlerId, MSL) of
        {Mod, Handler, MSL1} ->
            {do_terminate(Mod, Handler, Args, Handler#handler.state, delete, SName, normal), MSL1};
        error ->
            {{error, module_not_found}, MSL}
    end.

%% swap_handler: the old handler's terminate/2 result is the new one's state argument
%% (error when the old one is not there); the new one is supervised by whoever
%% supervised the old one. swap_sup_handler (/7): by Sup, the caller.
-file("gen_event.erl", 738).
server_swap_handler(Handler1, Args1, Handler2, Args2, MSL, SName) ->
    {State2, Sup, MSL1} = split_and_terminate(Handler1, Args1, MSL, SName, Handler2, false),
    %% (s_s_h adds a plain or a supervised handler)
    case s_s_h(Sup, Handler2, {Args2, State2}, MSL1) of
        {Hib, ok, MSL2} -> {Hib, ok, MSL2};
        {Hib, What, MSL2} -> {Hib, {error, What}, MSL2}
    end.

-file("gen_event.erl", 748).
server_swap_handler(Handler1, Args1, Handler2, Args2, MSL, Sup, SName) ->
    {State2, _, MSL1} = split_and_terminate(Handler1, Args1, MSL, SName, Handler2, Sup),
    %% (s_s_h adds a supervised handler)
    case s_s_h(Sup, Handler2, {Args2, State2}, MSL1) of
        {Hib, ok, MSL2} -> {Hib, ok, MSL2};
        {Hib, What, MSL2} -> {Hib, {error, What}, MSL2}
    end.

s_s_h(false, Handler, Args, MSL) -> server_add_handler(Handler, Args, MSL);
s_s_h(Pid, Handler, Args, MSL) -> server_add_sup_handler(Handler, Args, MSL, Pid).

%% Takes the handler out and runs its terminate/2: {Result, OldSupervisor, Rest}.
-file("gen_event.erl", 763).
split_and_terminate(HandlerId, Args, MSL, SName, Handler2, Sup) ->
    case split(HandlerId, MSL) of
        {Mod, Handler, MSL1} ->
            OldSup = Handler#handler.supervised,
            NewSup = case Sup of
                         false -> OldSup;
                         _ -> Sup
                     end,
            {do_terminate(Mod, Handler, Args, Handler#handler.state, swapped, SName, {swapped, Handler2, NewSup}),
             OldSup,
             MSL1};
        error ->
            {error, false, MSL}
    end.

%% Offers an event (handle_event) or a message (handle_info) to every handler, in
%% order: {Hibernate, Handlers that are left}.
-file("gen_event.erl", 782).
server_notify(Event, Func, [Handler | T], SName) ->
    case server_update(Handler, Func, Event, SName) of
        {ok, Handler1} ->
            {Hib, NewHandlers} = server_notify(Event, Func, T, SName),
            {Hib, [Handler1 | NewHandlers]};
        {hibernate, Handler1} ->
            {_Hib, NewHandlers} = server_notify(Event, Func, T, SName),
            {true, [Handler1 | NewHandlers]};
        no ->
            server_notify(Event, Func, T, SName)
    end;
server_notify(_, _, [], _) ->
    {false, []}.

%% One handler's handle_event/handle_info: {ok, H}, {hibernate, H} or no (it is gone).
-file("gen_event.erl", 798).
server_update(Handler1, Func, Event, SName) ->
    Mod1 = Handler1#handler.module,
    State = Handler1#handler.state,
    case catch Mod1:Func(Event, State) of
        {ok, State1} ->
            {ok, Handler1#handler{state = State1}};
        {ok, State1, hibernate} ->
            {hibernate, Handler1#handler{state = State1}};
        {swap_handler, Args1, State1, Handler2, Args2} ->
            do_swap(Mod1, Handler1, Args1, State1, Handler2, Args2, SName);
        remove_handler ->
            do_terminate(Mod1, Handler1, remove_handler, State, remove, SName, normal),
            no;
        {'EXIT', {undef, [{Mod1, handle_info, [_, _], _} | _]}} ->
            %% handle_info/2 is optional: warn, and keep the handler
            ?LOG_WARNING(#{label => {gen_event, no_handle_info},
                           module => Mod1,
                           message => Event},
                         #{domain => [otp],
                           report_cb => fun gen_event:format_log/2,
                           error_logger => #{tag => warning_msg,
                                             report_cb => fun gen_event:format_log/1}}),
            %% (a handler without handle_info/2 may still have state to keep)
            {ok, Handler1};
        Other ->
            do_terminate(Mod1, Handler1, {error, Other}, State, Event, SName, crash),
            no
    end.

%% A callback returned swap_handler: the old handler goes (terminate(Args1, State1)),
%% the new one is initialised with {Args2, Result} and keeps the old supervisor.
-file("gen_event.erl", 828).
do_swap(Mod1, Handler1, Args1, State1, Handler2, Args2, SName) ->
    %% no report: How is {swapped, ...}
    State2 = do_terminate(Mod1, Handler1, Args1, State1, swapped, SName, {swapped, Handler2, Handler1#handler.supervised}),
    {Mod2, Handler} = new_handler(Handler2, Handler1),
    %% A failing init is reported with OTP's arguments shifted: the reason is the atom
    %% crash, the "state" {error, Other}, the "last event" the manager, the name false.
    case catch Mod2:init({Args2, State2}) of
        {ok, State2a} ->
            {ok, Handler#handler{state = State2a}};
        Other ->
            report_terminate(Handler, crash, {error, Other}, SName, false),
            no
    end.

new_handler({Mod, Id}, Handler1) ->
    {Mod, #handler{module = Mod, id = Id, supervised = Handler1#handler.supervised}};
new_handler(Mod, Handler1) ->
    {Mod, #handler{module = Mod, supervised = Handler1#handler.supervised}}.

%% Does the record match Mod or {Mod, Id}? A bare Mod only matches a handler added
%% without an id.
matches({Mod, Id}, #handler{module = Mod, id = Id}) -> true;
matches(Mod, #handler{module = Mod, id = false}) -> true;
matches(_, _) -> false.

%% The first matching handler taken out: {Mod, Handler, Rest} or error.
split(HandlerId, MSL) -> split(HandlerId, MSL, []).

split(HandlerId, [Ha | T], Before) ->
    case matches(HandlerId, Ha) of
        true -> {Ha#handler.module, Ha, lists:reverse(Before, T)};
        false -> split(HandlerId, T, [Ha | Before])
    end;
split(_, [], _) ->
    error.

-file("gen_event.erl", 870).
server_call(Handler, Query, MSL, SName) ->
    case search(Handler, MSL) of
        {ok, Ha} ->
            case server_call_update(Ha, Query, SName) of
                {no, Reply} ->
                    {false, Reply, delete(Handler, MSL)};
                {{ok, Ha1}, Reply} ->
                    {false, Reply, replace(Handler, MSL, Ha1)};
                {{hibernate, Ha1}, Reply} ->
                    {true, Reply, replace(Handler, MSL, Ha1)}
            end;
        false ->
            {false, {error, bad_module}, MSL}
    end.

search(Handler, [Ha | T]) ->
    case matches(Handler, Ha) of
        true -> {ok, Ha};
        false -> search(Handler, T)
    end;
search(_, []) ->
    false.

delete(Handler, [Ha | T]) ->
    case matches(Handler, Ha) of
        true -> T;
        false -> [Ha | delete(Handler, T)]
    end;
delete(_, []) ->
    [].

%% (a handler swapped in by handle_call takes the old one's place)
replace(Handler, [Ha | T], NewHa) ->
    case matches(Handler, Ha) of
        true -> [NewHa | T];
        false -> [Ha | replace(Handler, T, NewHa)]
    end;
replace(_, [], NewHa) ->
    [NewHa].

-file("gen_event.erl", 921).
server_call_update(Handler1, Query, SName) ->
    Mod1 = Handler1#handler.module,
    State = Handler1#handler.state,
    case catch Mod1:handle_call(Query, State) of
        {ok, Reply, State1} ->
            {{ok, Handler1#handler{state = State1}}, Reply};
        {ok, Reply, State1, hibernate} ->
            {{hibernate, Handler1#handler{state = State1}}, Reply};
        {swap_handler, Reply, Args1, State1, Handler2, Args2} ->
            %% the reply goes out whether the new handler's init works or not
            {do_swap(Mod1, Handler1, Args1, State1, Handler2, Args2, SName), Reply};
        {remove_handler, Reply} ->
            do_terminate(Mod1, Handler1, remove_handler, State, remove, SName, normal),
            {no, Reply};
        Other ->
            %% a crash or a bad return: the caller gets {error, Other}
            do_terminate(Mod1, Handler1, {error, Other}, State, Query, SName, crash),
            {no, {error, Other}}
    end.

%% Calls Mod:terminate(Args, State) when it is exported (caught; its result is
%% returned, ok without terminate/2), then reports the end of the handler and tells
%% its supervisor. Reason (How) is crash (Args is then {error, Why}), normal, shutdown
%% or {swapped, NewHandler, NewSupervisor}; LastIn is the event being handled.
-file("gen_event.erl", 942).
do_terminate(Mod, Handler, Args, State, LastIn, SName, Reason) ->
    case erlang:function_exported(Mod, terminate, 2) of
        true ->
            Res = (catch Mod:terminate(Args, State)),
            report_terminate(Handler, Reason, Args, State, LastIn, SName, Res),
            Res;
        false ->
            report_terminate(Handler, Reason, Args, State, LastIn, SName, ok),
            ok
    end.

report_terminate(Handler, crash, {error, Why}, State, LastIn, SName, _) ->
    report_terminate(Handler, Why, State, LastIn, SName);
report_terminate(Handler, How, _, State, LastIn, SName, _) ->
    report_terminate(Handler, How, State, LastIn, SName).

report_terminate(Handler, Reason, State, LastIn, SName) ->
    report_error(Handler, Reason, State, LastIn, SName),
    case Handler#handler.supervised of
        false -> ok;
        Pid -> Pid ! {gen_event_EXIT, handler(Handler), Reason}, ok
    end.

report_error(_, normal, _, _, _) -> ok;
report_error(_, shutdown, _, _, _) -> ok;
report_error(_, {swapped, _, _}, _, _, _) -> ok;
report_error(Handler, Exit, State, LastIn, SName) ->
    %% A caught exit {'EXIT', {R, Stack}} or {'EXIT', R}: format_status sees R alone,
    %% and the 'EXIT' wrapper (and the second element, whatever it is) is put back
    %% around what it returns.
    {Reason, Rewrap} =
        case Exit of
            {'EXIT', {R, ST}} -> {R, fun(R1) -> {'EXIT', {R1, ST}} end};
            {'EXIT', R} -> {R, fun(R1) -> {'EXIT', R1} end};
            R -> {R, fun(R1) -> R1 end}
        end,
    Status = gen:format_status(Handler#handler.module, terminate,
                               #{state => State, message => LastIn, reason => Reason},
                               [get(), State]),
    ?LOG_ERROR(#{label => {gen_event, terminate},
                 handler => handler(Handler),
                 name => SName,
                 last_message => maps:get(message, Status),
                 state => maps:get('$status', Status, maps:get(state, Status)),
                 reason => Rewrap(maps:get(reason, Status))},
               #{domain => [otp],
                 report_cb => fun gen_event:format_log/2,
                 error_logger => #{tag => error,
                                   report_cb => fun gen_event:format_log/1}}).

handler(#handler{module = Mod, id = false}) -> Mod;
handler(#handler{module = Mod, id = Id}) -> {Mod, Id}.

the_handlers(MSL) -> [handler(H) || H <- MSL].

get_modules(MSL) -> lists:usort([M || #handler{module = M} <- MSL]).

-file("gen_event.erl", 1173).
stop_handlers([Handler | T], SName) ->
    Mod = Handler#handler.module,
    do_terminate(Mod, Handler, stop, Handler#handler.state, stop, SName, shutdown),
    stop_handlers(T, SName);
stop_handlers([], _) ->
    [].

%%% ---------------------------------------------------------------------------
%%% sys

system_continue(Parent, Debug, [Name, Handlers, HibAfter, Hib]) ->
    loop(Parent, Name, Handlers, HibAfter, Debug, Hib).

system_terminate(Reason, Parent, _Debug, [Name, Handlers, _HibAfter, _Hib]) ->
    terminate_server(Reason, Parent, Handlers, Name).

%% code_change/3 of every handler of Module; a failing one makes the whole change
%% fail (sys catches it and leaves the state as it was). (Laid out as OTP's, for the
%% stack a crashing code_change/3 shows.)
-file("gen_event.erl", 637).
system_code_change([ServerName, MSL, HibAfter, Hib], Module, OldVsn, Extra) ->
    MSL1 = lists:zf(fun(H) when H#handler.module =:= Module ->
                            {ok, NewState} =
                                Module:code_change(OldVsn, H#handler.state, Extra),
                            {true, H#handler{state = NewState}};
                       (_) ->
                            true
                    end, MSL),
    {ok, [ServerName, MSL1, HibAfter, Hib]}.

system_get_state([_Name, Handlers, _HibAfter, _Hib]) ->
    {ok, [{Mod, Id, State} || #handler{module = Mod, id = Id, state = State} <- Handlers]}.

%% StateFun gets {Mod, Id, State} per handler; a result for another handler, or a
%% crash, leaves that handler as it was.
system_replace_state(StateFun, [Name, Handlers, HibAfter, Hib]) ->
    Pairs = [begin
                 Old = {Mod, Id, State},
                 try StateFun(Old) of
                     {Mod, Id, NewState} = New -> {H#handler{state = NewState}, New};
                     _ -> {H, Old}
                 catch
                     _:_ -> {H, Old}
                 end
             end || #handler{module = Mod, id = Id, state = State} = H <- Handlers],
    {Handlers1, States} = lists:unzip(Pairs),
    {ok, States, [Name, Handlers1, HibAfter, Hib]}.

%% sys:get_status: each handler's state as its format_status shows it.
format_status(Opt, [PDict, SysState, Parent, Debug, [Name, Handlers, _HibAfter, _Hib]]) ->
    Header = gen:format_status_header("Status for event handler", Name),
    {Shown, Log} =
        lists:mapfoldl(
          fun(#handler{module = Mod, state = State} = H, Log0) ->
                  Status = gen:format_status(Mod, Opt, #{log => Log0, state => State},
                                             [PDict, State]),
                  {H#handler{state = maps:get('$status', Status, maps:get(state, Status))},
                   maps:get(log, Status)}
          end, sys:get_log(Debug), Handlers),
    [{header, Header},
     {data, [{"Status", SysState}, {"Logged Events", Log}, {"Parent", Parent}]},
     {items, {"Installed handlers", Shown}}].

%% The *DBG* lines of a traced manager.
print_event(Dev, {in, {notify, Event}}, Name) ->
    io:format(Dev, "*DBG* ~tp got event ~tp~n", [Name, Event]);
print_event(Dev, {in, {_, _, {call, Handler, Query}}}, Name) ->
    io:format(Dev, "*DBG* ~tp(~tp) got call ~tp~n", [Name, Handler, Query]);
print_event(Dev, {in, Msg}, Name) ->
    io:format(Dev, "*DBG* ~tp got ~tp~n", [Name, Msg]);
print_event(Dev, Dbg, Name) ->
    io:format(Dev, "*DBG* ~tp : ~tp~n", [Name, Dbg]).

%%% ---------------------------------------------------------------------------
%%% Formatting the reports

%% For error_logger's handlers: the format depth of error_logger applies.
format_log(Report) ->
    Depth = error_logger:get_format_depth(),
    Opts = #{chars_limit => unlimited, depth => Depth, single_line => false,
             encoding => utf8},
    format_multi(limit(Report, Depth), Opts).

limit(Report, unlimited) ->
    Report;
limit(#{label := {gen_event, terminate}, last_message := LastIn, state := State,
        reason := Reason} = Report, Depth) ->
    Report#{last_message => io_lib:limit_term(LastIn, Depth),
            state => io_lib:limit_term(State, Depth),
            reason => io_lib:limit_term(Reason, Depth)};
limit(#{label := {gen_event, no_handle_info}, message := Msg} = Report, Depth) ->
    Report#{message => io_lib:limit_term(Msg, Depth)}.

%% The report_cb logger's formatter calls.
format_log(Report, Opts0) ->
    Opts = maps:merge(#{chars_limit => unlimited, depth => unlimited,
                        single_line => false, encoding => utf8}, Opts0),
    {Format, Args} = format_single(Report, Opts),
    case Opts of
        #{chars_limit := unlimited} -> io_lib:format(Format, Args);
        #{chars_limit := Limit} -> io_lib:format(Format, Args, [{chars_limit, Limit}])
    end.

format_single(#{label := {gen_event, terminate}, handler := Handler, name := Name,
                last_message := LastIn, state := State, reason := Reason},
              #{single_line := true, depth := Depth} = Opts) ->
    P = p(Opts),
    Format = lists:append(["Generic event handler ", P, " crashed. Installed: ", P,
                           ". Last event: ", P, ". State: ", P, ". Reason: ", P, "."]),
    {Format, with_depth([Handler, Name, LastIn, State, fix_reason(Reason)], Depth)};
format_single(#{label := {gen_event, no_handle_info}, module := Mod, message := Msg},
              #{single_line := true, depth := Depth} = Opts) ->
    P = p(Opts),
    Format = lists:append(["Undefined handle_info in ", P, ". Unhandled message: ", P, "."]),
    {Format, with_depth([Mod, Msg], Depth)};
format_single(Report, Opts) ->
    format_multi(Report, Opts).

format_multi(#{label := {gen_event, terminate}, handler := Handler, name := Name,
               last_message := LastIn, state := State, reason := Reason},
             #{depth := Depth} = Opts) ->
    P = p(Opts),
    Format = lists:append(["** gen_event handler ", P, " crashed.\n",
                           "** Was installed in ", P, "\n",
                           "** Last event was: ", P, "\n",
                           "** When handler state == ", P, "\n",
                           "** Reason == ", P, "\n"]),
    {Format, with_depth([Handler, Name, LastIn, State, fix_reason(Reason)], Depth)};
format_multi(#{label := {gen_event, no_handle_info}, module := Mod, message := Msg},
             #{depth := Depth} = Opts) ->
    %% (the module is always printed with a plain ~p here)
    Format = "** Undefined handle_info in ~p\n** Unhandled message: " ++ p(Opts) ++ "\n",
    Args = case Depth of
               unlimited -> [Mod, Msg];
               _ -> [Mod, Msg, Depth]
           end,
    {Format, Args}.

%% Each argument followed by the depth when ~P is used.
with_depth(Args, unlimited) -> Args;
with_depth(Args, Depth) -> lists:append([[A, Depth] || A <- Args]).

%% An undef of a handler callback says which of the two it was.
fix_reason({'EXIT', {undef, [{M, F, A, _} | _] = MFAs} = Reason}) ->
    case is_loaded(M) of
        false -> {'module could not be loaded', MFAs};
        true ->
            case erlang:function_exported(M, F, length(A)) of
                true -> Reason;
                false -> {'function not exported', MFAs}
            end
    end;
fix_reason({'EXIT', Reason}) -> Reason;
fix_reason(Reason) -> Reason.

%% code:is_loaded/1 where there is a code module (h-code); else the BIF.
is_loaded(M) ->
    try code:is_loaded(M) =/= false
    catch error:undef -> erlang:module_loaded(M)
    end.

p(#{single_line := Single, depth := Depth, encoding := Enc}) ->
    "~" ++ case Single of true -> "0"; false -> "" end
        ++ case Enc of latin1 -> ""; _ -> "t" end
        ++ case Depth of unlimited -> "p"; _ -> "P" end.
