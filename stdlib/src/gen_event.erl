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

%% (The name shows as the current function of a waiting manager.)
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

handle_msg({notify, Event}, Parent, Name, Handlers, HibAfter, Debug) ->
    {Hib, Handlers1} = notify_all(Event, handle_event, Handlers, Name),
    loop(Parent, Name, Handlers1, HibAfter, Debug, Hib);
handle_msg({_From, Tag, {sync_notify, Event}}, Parent, Name, Handlers, HibAfter, Debug) ->
    {Hib, Handlers1} = notify_all(Event, handle_event, Handlers, Name),
    gen:reply(Tag, ok),
    loop(Parent, Name, Handlers1, HibAfter, Debug, Hib);
handle_msg({'EXIT', From, Reason}, Parent, Name, Handlers, HibAfter, Debug) ->
    %% Handlers supervised by From go first; then every handler sees the exit.
    Handlers1 = drop_supervised_by(From, Reason, Handlers, Name),
    {_, Handlers2} = notify_all({'EXIT', From, Reason}, handle_info, Handlers1, Name),
    loop(Parent, Name, Handlers2, HibAfter, Debug, false);
handle_msg({_From, Tag, {call, Handler, Query}}, Parent, Name, Handlers, HibAfter, Debug) ->
    {Hib, Reply, Handlers1} = call_handler(Handler, Query, Handlers, Name),
    gen:reply(Tag, Reply),
    loop(Parent, Name, Handlers1, HibAfter, Debug, Hib);
handle_msg({_From, Tag, {add_handler, Handler, Args}}, Parent, Name, Handlers, HibAfter, Debug) ->
    {Hib, Reply, Handlers1} = add(new_record(Handler, false), Args, Handlers),
    gen:reply(Tag, Reply),
    loop(Parent, Name, Handlers1, HibAfter, Debug, Hib);
handle_msg({_From, Tag, {add_sup_handler, Handler, Args, Owner}}, Parent, Name, Handlers,
           HibAfter, Debug) ->
    link(Owner),
    {Hib, Reply, Handlers1} = add(new_record(Handler, Owner), Args, Handlers),
    gen:reply(Tag, Reply),
    loop(Parent, Name, Handlers1, HibAfter, Debug, Hib);
handle_msg({_From, Tag, {delete_handler, Handler, Args}}, Parent, Name, Handlers, HibAfter,
           Debug) ->
    {Reply, Handlers1} =
        case take(Handler, Handlers) of
            {H, Rest} -> {terminate_handler(H, Args, delete, Name, normal), Rest};
            error -> {{error, module_not_found}, Handlers}
        end,
    gen:reply(Tag, Reply),
    loop(Parent, Name, Handlers1, HibAfter, Debug, false);
handle_msg({_From, Tag, {swap_handler, H1, A1, H2, A2}}, Parent, Name, Handlers, HibAfter,
           Debug) ->
    {Hib, Reply, Handlers1} = swap(H1, A1, H2, A2, Handlers, false, Name),
    gen:reply(Tag, Reply),
    loop(Parent, Name, Handlers1, HibAfter, Debug, Hib);
handle_msg({_From, Tag, {swap_sup_handler, H1, A1, H2, A2, Owner}}, Parent, Name, Handlers,
           HibAfter, Debug) ->
    {Hib, Reply, Handlers1} = swap(H1, A1, H2, A2, Handlers, Owner, Name),
    gen:reply(Tag, Reply),
    loop(Parent, Name, Handlers1, HibAfter, Debug, Hib);
handle_msg({_From, Tag, stop}, Parent, Name, Handlers, _HibAfter, _Debug) ->
    catch terminate_server(normal, Parent, Handlers, Name),
    gen:reply(Tag, ok);
handle_msg({_From, Tag, which_handlers}, Parent, Name, Handlers, HibAfter, Debug) ->
    gen:reply(Tag, [handler_id(H) || H <- Handlers]),
    loop(Parent, Name, Handlers, HibAfter, Debug, false);
handle_msg({_From, Tag, get_modules}, Parent, Name, Handlers, HibAfter, Debug) ->
    gen:reply(Tag, lists:usort([M || #handler{module = M} <- Handlers])),
    loop(Parent, Name, Handlers, HibAfter, Debug, false);
handle_msg(Info, Parent, Name, Handlers, HibAfter, Debug) ->
    {Hib, Handlers1} = notify_all(Info, handle_info, Handlers, Name),
    loop(Parent, Name, Handlers1, HibAfter, Debug, Hib).

%% Every handler gets terminate(stop, State); the owners of supervised handlers
%% are unlinked (but told, by {gen_event_EXIT, H, shutdown}) before the exit.
terminate_server(Reason, Parent, Handlers, Name) ->
    [terminate_handler(H, stop, stop, Name, shutdown) || H <- Handlers],
    [unlink(Owner) || #handler{supervised = Owner} <- Handlers,
                      is_pid(Owner), Owner =/= Parent],
    exit(Reason).

%% The process that added supervised handlers died: they are removed with
%% terminate({stop, Reason}, State) and not reported.
drop_supervised_by(Pid, Reason, Handlers, Name) ->
    lists:filter(
      fun(#handler{supervised = Owner} = H) when Owner =:= Pid ->
              terminate_handler(H, {stop, Reason}, {parent_terminated, {Pid, Reason}},
                                Name, shutdown),
              false;
         (_) ->
              true
      end, Handlers).

%%% ---------------------------------------------------------------------------
%%% Handlers

new_record({Mod, Id}, Owner) -> #handler{module = Mod, id = Id, supervised = Owner};
new_record(Mod, Owner) -> #handler{module = Mod, supervised = Owner}.

handler_id(#handler{module = Mod, id = false}) -> Mod;
handler_id(#handler{module = Mod, id = Id}) -> {Mod, Id}.

%% Runs Mod:init/1 (caught); anything but {ok, S} or {ok, S, hibernate} is the reply
%% as it is ({error, R}, {'EXIT', R}, a bad value, a thrown term).
add(#handler{module = Mod} = H, Args, Handlers) ->
    case catch Mod:init(Args) of
        {ok, State} -> {false, ok, [H#handler{state = State} | Handlers]};
        {ok, State, hibernate} -> {true, ok, [H#handler{state = State} | Handlers]};
        Other -> {false, Other, Handlers}
    end.

%% Does the handler record match Mod or {Mod, Id}? A bare Mod only matches a
%% handler added without an id.
matches({Mod, Id}, #handler{module = Mod, id = Id}) -> true;
matches(Mod, #handler{module = Mod, id = false}) -> true;
matches(_, _) -> false.

take(Handler, Handlers) -> take(Handler, Handlers, []).

take(Handler, [H | T], Before) ->
    case matches(Handler, H) of
        true -> {H, lists:reverse(Before, T)};
        false -> take(Handler, T, [H | Before])
    end;
take(_, [], _) -> error.

find(Handler, Handlers) ->
    case [H || H <- Handlers, matches(Handler, H)] of
        [H | _] -> {ok, H};
        [] -> false
    end.

%% Puts H1 where the handler Handler was (the first one matching).
replace(Handler, [H | T], H1) ->
    case matches(Handler, H) of
        true -> [H1 | T];
        false -> [H | replace(Handler, T, H1)]
    end;
replace(_, [], H1) -> [H1].

remove(Handler, [H | T]) ->
    case matches(Handler, H) of
        true -> T;
        false -> [H | remove(Handler, T)]
    end;
remove(_, []) -> [].

%% swap_handler/swap_sup_handler requests. The old handler's terminate/2 result is
%% the new one's state argument (error when the old one is not there), and the new
%% one is supervised by NewOwner, or else by whoever supervised the old one.
swap(H1, A1, H2, A2, Handlers, NewOwner, Name) ->
    {OldResult, OldOwner, Rest} =
        case take(H1, Handlers) of
            {H, Rest0} ->
                Owner = H#handler.supervised,
                How = {swapped, H2, if NewOwner =:= false -> Owner; true -> NewOwner end},
                {terminate_handler(H, A1, swapped, Name, How), Owner, Rest0};
            error ->
                {error, false, Handlers}
        end,
    Owner1 = if NewOwner =:= false -> OldOwner; true -> NewOwner end,
    Added = case Owner1 of
                false -> add(new_record(H2, false), {A2, OldResult}, Rest);
                Pid -> link(Pid), add(new_record(H2, Pid), {A2, OldResult}, Rest)
            end,
    case Added of
        {Hib, ok, Handlers1} -> {Hib, ok, Handlers1};
        {Hib, What, Handlers1} -> {Hib, {error, What}, Handlers1}
    end.

%% Offers an event (handle_event) or a message (handle_info) to every handler.
%% Returns whether one of them asked to hibernate, and the surviving handlers.
notify_all(Event, Fun, Handlers, Name) -> notify_all(Event, Fun, Handlers, Name, false, []).

notify_all(Event, Fun, [H | T], Name, Hib, Acc) ->
    case update(H, Fun, Event, Name) of
        {ok, H1} -> notify_all(Event, Fun, T, Name, Hib, [H1 | Acc]);
        {hibernate, H1} -> notify_all(Event, Fun, T, Name, true, [H1 | Acc]);
        no -> notify_all(Event, Fun, T, Name, Hib, Acc)
    end;
notify_all(_, _, [], _, Hib, Acc) ->
    {Hib, lists:reverse(Acc)}.

update(#handler{module = Mod, state = State} = H, Fun, Event, Name) ->
    case catch Mod:Fun(Event, State) of
        {ok, State1} ->
            {ok, H#handler{state = State1}};
        {ok, State1, hibernate} ->
            {hibernate, H#handler{state = State1}};
        {swap_handler, A1, State1, H2, A2} ->
            swap_in_callback(H, A1, State1, H2, A2, Name);
        remove_handler ->
            terminate_handler(H, remove_handler, remove, Name, normal),
            no;
        {'EXIT', {undef, [{Mod, handle_info, [_, _], _} | _]}} ->
            %% handle_info/2 is optional: warn and keep the handler
            ?LOG_WARNING(#{label => {gen_event, no_handle_info},
                           module => Mod,
                           message => Event},
                         #{domain => [otp],
                           report_cb => fun gen_event:format_log/2,
                           error_logger => #{tag => warning_msg,
                                             report_cb => fun gen_event:format_log/1}}),
            {ok, H};
        Other ->
            terminate_handler(H, {error, Other}, Event, Name, crash),
            no
    end.

%% A callback returned swap_handler: the old handler goes (terminate(A1, State1)),
%% the new one is initialised with {A2, Result} and keeps the old supervisor.
swap_in_callback(#handler{supervised = Owner} = H, A1, State1, H2, A2, Name) ->
    Result = terminate_handler(H#handler{state = State1}, A1, swapped, Name,
                               {swapped, H2, Owner}),
    #handler{module = Mod2} = New = new_record(H2, Owner),
    case catch Mod2:init({A2, Result}) of
        {ok, State2} ->
            {ok, New#handler{state = State2}};
        Other ->
            %% OTP reports this one with its arguments shifted: the reason is the atom
            %% crash, the "state" is {error, Other}, the "last event" the manager's
            %% name and the "name" false. Kept, as it is what OTP prints.
            report_and_tell(New, crash, {error, Other}, Name, false),
            no
    end.

call_handler(Handler, Query, Handlers, Name) ->
    case find(Handler, Handlers) of
        {ok, #handler{module = Mod, state = State} = H} ->
            case catch Mod:handle_call(Query, State) of
                {ok, Reply, State1} ->
                    {false, Reply, replace(Handler, Handlers, H#handler{state = State1})};
                {ok, Reply, State1, hibernate} ->
                    {true, Reply, replace(Handler, Handlers, H#handler{state = State1})};
                {swap_handler, Reply, A1, State1, H2, A2} ->
                    case swap_in_callback(H, A1, State1, H2, A2, Name) of
                        {ok, New} -> {false, Reply, replace(Handler, Handlers, New)};
                        no -> {false, Reply, remove(Handler, Handlers)}
                    end;
                {remove_handler, Reply} ->
                    terminate_handler(H, remove_handler, remove, Name, normal),
                    {false, Reply, remove(Handler, Handlers)};
                Other ->
                    terminate_handler(H, {error, Other}, Query, Name, crash),
                    {false, {error, Other}, remove(Handler, Handlers)}
            end;
        false ->
            {false, {error, bad_module}, Handlers}
    end.

%% Calls Mod:terminate(Args, State) when it is exported (caught; its result is
%% returned, ok without terminate/2), then reports the end of the handler and tells
%% its supervisor. How is crash (Args is then {error, Why}), normal, shutdown or
%% {swapped, NewHandler, NewOwner}; LastIn is the event being handled.
terminate_handler(#handler{module = Mod, state = State} = H, Args, LastIn, Name, How) ->
    Result = case erlang:function_exported(Mod, terminate, 2) of
                 true -> (catch Mod:terminate(Args, State));
                 false -> ok
             end,
    Reason = case {How, Args} of
                 {crash, {error, Why}} -> Why;
                 _ -> How
             end,
    report_and_tell(H, Reason, State, LastIn, Name),
    Result.

report_and_tell(H, Reason, State, LastIn, Name) ->
    report_error(H, Reason, State, LastIn, Name),
    case H#handler.supervised of
        false -> ok;
        Owner -> Owner ! {gen_event_EXIT, handler_id(H), Reason}, ok
    end.

report_error(_, normal, _, _, _) -> ok;
report_error(_, shutdown, _, _, _) -> ok;
report_error(_, {swapped, _, _}, _, _, _) -> ok;
report_error(#handler{module = Mod} = H, Exit, State, LastIn, Name) ->
    %% A caught exit {'EXIT', {R, Stack}} or {'EXIT', R}: format_status sees R alone,
    %% and the 'EXIT' wrapper (and the second element, whatever it is) is put back
    %% around what it returns.
    {Reason, Rewrap} =
        case Exit of
            {'EXIT', {R, ST}} -> {R, fun(R1) -> {'EXIT', {R1, ST}} end};
            {'EXIT', R} -> {R, fun(R1) -> {'EXIT', R1} end};
            R -> {R, fun(R1) -> R1 end}
        end,
    Status = gen:format_status(Mod, terminate,
                               #{state => State, message => LastIn, reason => Reason},
                               [get(), State]),
    ?LOG_ERROR(#{label => {gen_event, terminate},
                 handler => handler_id(H),
                 name => Name,
                 last_message => maps:get(message, Status),
                 state => maps:get('$status', Status, maps:get(state, Status)),
                 reason => Rewrap(maps:get(reason, Status))},
               #{domain => [otp],
                 report_cb => fun gen_event:format_log/2,
                 error_logger => #{tag => error,
                                   report_cb => fun gen_event:format_log/1}}).

%%% ---------------------------------------------------------------------------
%%% sys

system_continue(Parent, Debug, [Name, Handlers, HibAfter, Hib]) ->
    loop(Parent, Name, Handlers, HibAfter, Debug, Hib).

system_terminate(Reason, Parent, _Debug, [Name, Handlers, _HibAfter, _Hib]) ->
    terminate_server(Reason, Parent, Handlers, Name).

%% code_change/3 of every handler of Module; a failing one makes the whole change
%% fail (sys catches it and leaves the state as it was).
system_code_change([Name, Handlers, HibAfter, Hib], Module, OldVsn, Extra) ->
    Handlers1 = [case H of
                     #handler{module = Module, state = State} ->
                         {ok, State1} = Module:code_change(OldVsn, State, Extra),
                         H#handler{state = State1};
                     _ ->
                         H
                 end || H <- Handlers],
    {ok, [Name, Handlers1, HibAfter, Hib]}.

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
    case code:is_loaded(M) of
        false -> {'module could not be loaded', MFAs};
        _ ->
            case erlang:function_exported(M, F, length(A)) of
                true -> Reason;
                false -> {'function not exported', MFAs}
            end
    end;
fix_reason({'EXIT', Reason}) -> Reason;
fix_reason(Reason) -> Reason.

p(#{single_line := Single, depth := Depth, encoding := Enc}) ->
    "~" ++ case Single of true -> "0"; false -> "" end
        ++ case Enc of latin1 -> ""; _ -> "t" end
        ++ case Depth of unlimited -> "p"; _ -> "P" end.
