%% supervisor_bridge: OTP's bridge behaviour, a gen_server callback module.
%%
%% A bridge lets a process that is not an OTP behaviour sit in a supervision
%% tree: the callback's init/1 starts it ({ok, Pid, ChildState}), the bridge
%% links to it and stops with the same reason when it ends (a SUPERVISOR REPORT
%% unless the reason is normal, shutdown or {shutdown, _}); when the bridge is
%% told to stop, the callback's terminate/2 stops the process. To its own
%% supervisor it answers which_children with [].
-module(supervisor_bridge).
-behaviour(gen_server).

-export([start_link/2, start_link/3]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2,
         code_change/3]).
-export([format_log/1, format_log/2]).

-include_lib("kernel/include/logger.hrl").

-callback init(Args :: term()) -> {ok, pid(), term()} | ignore | {error, term()}.
-callback terminate(Reason :: term(), State :: term()) -> term().

-record(state, {mod, pid, child_state, name}).

start_link(Mod, Args) ->
    gen_server:start_link(supervisor_bridge, [Mod, Args, self], []).

start_link(Name, Mod, Args) ->
    gen_server:start_link(Name, supervisor_bridge, [Mod, Args, Name], []).

init([Mod, Args, Name0]) ->
    process_flag(trap_exit, true),
    Name = case Name0 of
               self -> {self(), Mod};
               _ -> Name0
           end,
    %% Any other return is a case_clause in init, as in OTP.
    case Mod:init(Args) of
        {ok, Pid, ChildState} when is_pid(Pid) ->
            link(Pid),
            progress(Pid, Mod, Args, Name),
            {ok, #state{mod = Mod, pid = Pid, child_state = ChildState, name = Name}};
        ignore ->
            ignore;
        {error, Reason} ->
            {stop, Reason}
    end.

handle_call(which_children, _From, State) ->
    {reply, [], State};
handle_call(_Request, _From, State) ->
    {reply, {error, badcall}, State}.

handle_cast(_Msg, State) ->
    {noreply, State}.

%% The bridged process ended: the bridge ends with the same reason.
handle_info({'EXIT', Pid, Reason}, #state{pid = Pid} = State) ->
    case Reason of
        normal -> ok;
        shutdown -> ok;
        {shutdown, _} -> ok;
        _ -> report(child_terminated, Reason, State)
    end,
    {stop, Reason, State#state{pid = undefined}};
handle_info(_Msg, State) ->
    {noreply, State}.

terminate(_Reason, #state{pid = undefined}) ->
    ok;
terminate(Reason, #state{mod = Mod, child_state = ChildState}) ->
    Mod:terminate(Reason, ChildState).

code_change(_OldVsn, State, _Extra) ->
    {ok, State}.

%%% Reports

progress(Pid, Mod, Args, SupName) ->
    ?LOG_INFO(#{label => {supervisor, progress},
                report => [{supervisor, SupName},
                           {started, [{pid, Pid}, {mfa, {Mod, init, [Args]}}]}]},
              #{domain => [otp, sasl],
                report_cb => fun supervisor_bridge:format_log/2,
                logger_formatter => #{title => "PROGRESS REPORT"},
                error_logger => #{tag => info_report, type => progress,
                                  report_cb => fun supervisor_bridge:format_log/1}}).

report(Context, Reason, #state{name = Name, pid = Pid, mod = Mod}) ->
    ?LOG_ERROR(#{label => {supervisor, error},
                 report => [{supervisor, Name}, {errorContext, Context},
                            {reason, Reason}, {offender, [{pid, Pid}, {mod, Mod}]}]},
               #{domain => [otp, sasl],
                 report_cb => fun supervisor_bridge:format_log/2,
                 logger_formatter => #{title => "SUPERVISOR REPORT"},
                 error_logger => #{tag => error_report, type => supervisor_report,
                                   report_cb => fun supervisor_bridge:format_log/1}}).

%% The report callbacks. A bridge's reports read as a supervisor's, except on a
%% single line, where the offender is {pid, mod} instead of a child spec.
format_log(Report) ->
    supervisor:format_log(Report).

format_log(Report, Opts0) ->
    Opts = maps:merge(#{chars_limit => unlimited, depth => unlimited,
                        single_line => false, encoding => utf8}, Opts0),
    case Opts of
        #{single_line := true} ->
            {Format, Args} = single(Report, Opts),
            case Opts of
                #{chars_limit := unlimited} -> io_lib:format(Format, Args);
                #{chars_limit := Limit} -> io_lib:format(Format, Args, [{chars_limit, Limit}])
            end;
        _ ->
            supervisor:format_log(Report, Opts)
    end.

single(#{label := {supervisor, progress},
         report := [{supervisor, Sup}, {started, Child}]}, Opts) ->
    P = directive(Opts),
    {pid, Pid} = lists:keyfind(pid, 1, Child),
    {mfa, MFA} = lists:keyfind(mfa, 1, Child),
    {"Supervisor: " ++ P ++ ". Started: pid=~w,mfa=" ++ P ++ ".",
     with_depth([Sup], Opts) ++ [Pid | with_depth([MFA], Opts)]};
single(#{label := {supervisor, _},
         report := [{supervisor, Sup}, {errorContext, Ctx}, {reason, Reason},
                    {offender, Child}]}, Opts) ->
    P = directive(Opts),
    {pid, Pid} = lists:keyfind(pid, 1, Child),
    {mod, Mod} = lists:keyfind(mod, 1, Child),
    {"Supervisor: " ++ P ++ ". Context: " ++ P ++ ". Reason: " ++ P
     ++ ". Offender: pid=~w,mod=~w.",
     with_depth([Sup, Ctx, Reason], Opts) ++ [Pid, Mod]}.

directive(Opts) ->
    "~" ++ case maps:get(single_line, Opts, false) of true -> "0"; false -> "" end
        ++ case maps:get(encoding, Opts, utf8) of latin1 -> ""; _ -> "t" end
        ++ case maps:get(depth, Opts, unlimited) of unlimited -> "p"; _ -> "P" end.

with_depth(Args, Opts) ->
    case maps:get(depth, Opts, unlimited) of
        unlimited -> Args;
        D -> lists:append([[A, D] || A <- Args])
    end.
