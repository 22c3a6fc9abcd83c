%% timer: sleeping, delayed and repeated sends and applies, timing a call.
%%
%% Written for erlts; behaves as OTP 25's timer module does (the return values, the
%% {error, badarg} cases, timer references {instant | send_local | once | interval, Ref}).
%%
%% A send to a local pid is a plain erlang:send_after/3. Everything else (applies,
%% sends to names, exits, intervals) goes through a server process registered as
%% timer_server, started on first use, which keeps erlang:start_timer/4 timers with
%% absolute times (so an interval does not drift) and does the work when they fire:
%% a send from the server, an exit signal from the server, an apply in a new process.
%% OTP's server is a gen_server under kernel's supervisor; ours is a plain process
%% with the same observable protocol.
-module(timer).
-export([apply_after/4, send_after/3, send_after/2, exit_after/3, exit_after/2,
         kill_after/2, kill_after/1, apply_interval/4, send_interval/3, send_interval/2,
         cancel/1, sleep/1, tc/1, tc/2, tc/3, now_diff/2,
         seconds/1, minutes/1, hours/1, hms/3, start/0]).
%% The server's loop (spawned by name).
-export([server_init/0]).

-define(MAX_WAIT, 16#ffffffff).
-define(IS_TIME(T), is_integer(T), T >= 0).
-define(IS_MFA(M, F, A), is_atom(M), is_atom(F), is_list(A)).

%% ------------------------------------------------------------------ public API

apply_after(0, M, F, A) when ?IS_MFA(M, F, A) ->
    run({M, F, A}),
    {ok, {instant, make_ref()}};
apply_after(Time, M, F, A) when ?IS_TIME(Time), ?IS_MFA(M, F, A) ->
    call({once, now_ms(), Time, {M, F, A}});
apply_after(_Time, _M, _F, _A) ->
    {error, badarg}.

send_after(0, Dest, Msg) when is_pid(Dest); is_atom(Dest) ->
    Dest ! Msg,
    {ok, {instant, make_ref()}};
send_after(0, {Name, Node} = Dest, Msg) when is_atom(Name), is_atom(Node) ->
    Dest ! Msg,
    {ok, {instant, make_ref()}};
send_after(Time, Pid, Msg) when ?IS_TIME(Time), is_pid(Pid), node(Pid) =:= node() ->
    {ok, {send_local, erlang:send_after(Time, Pid, Msg)}};
send_after(Time, Pid, Msg) when is_pid(Pid) ->
    apply_after(Time, ?MODULE, send, [Pid, Msg]);
send_after(Time, Name, Msg) when is_atom(Name) ->
    apply_after(Time, ?MODULE, send, [Name, Msg]);
send_after(Time, {Name, Node} = Dest, Msg) when is_atom(Name), is_atom(Node) ->
    apply_after(Time, ?MODULE, send, [Dest, Msg]);
send_after(_Time, _Dest, _Msg) ->
    {error, badarg}.

send_after(Time, Msg) ->
    send_after(Time, self(), Msg).

exit_after(Time, Target, Reason) ->
    apply_after(Time, erlang, exit, [Target, Reason]).

exit_after(Time, Reason) ->
    exit_after(Time, self(), Reason).

kill_after(Time, Target) ->
    exit_after(Time, Target, kill).

kill_after(Time) ->
    exit_after(Time, self(), kill).

apply_interval(Time, M, F, A) when ?IS_TIME(Time), ?IS_MFA(M, F, A) ->
    call({interval, now_ms(), Time, self(), {M, F, A}});
apply_interval(_Time, _M, _F, _A) ->
    {error, badarg}.

send_interval(Time, Pid, Msg) when ?IS_TIME(Time), is_pid(Pid) ->
    call({interval, now_ms(), Time, Pid, {?MODULE, send, [Pid, Msg]}});
send_interval(Time, Name, Msg) when ?IS_TIME(Time), is_atom(Name) ->
    call({interval, now_ms(), Time, Name, {?MODULE, send, [Name, Msg]}});
send_interval(Time, {Name, Node} = Dest, Msg) when ?IS_TIME(Time), is_atom(Name), is_atom(Node) ->
    call({interval, now_ms(), Time, Dest, {?MODULE, send, [Dest, Msg]}});
send_interval(_Time, _Dest, _Msg) ->
    {error, badarg}.

send_interval(Time, Msg) ->
    send_interval(Time, self(), Msg).

cancel({instant, Ref}) when is_reference(Ref) ->
    {ok, cancel};
cancel({send_local, Ref}) when is_reference(Ref) ->
    _ = erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({once, Ref} = TRef) when is_reference(Ref) ->
    call({cancel, TRef});
cancel({interval, Ref} = TRef) when is_reference(Ref) ->
    call({cancel, TRef});
cancel(_TRef) ->
    {error, badarg}.

%% Longer than a receive can wait: wait in steps.
sleep(T) when is_integer(T), T > ?MAX_WAIT ->
    receive after ?MAX_WAIT -> sleep(T - ?MAX_WAIT) end;
sleep(T) ->
    receive after T -> ok end.

tc(F) ->
    T0 = erlang:monotonic_time(),
    V = F(),
    {elapsed_us(T0), V}.

tc(F, A) ->
    T0 = erlang:monotonic_time(),
    V = apply(F, A),
    {elapsed_us(T0), V}.

tc(M, F, A) ->
    T0 = erlang:monotonic_time(),
    V = apply(M, F, A),
    {elapsed_us(T0), V}.

elapsed_us(T0) ->
    erlang:convert_time_unit(erlang:monotonic_time() - T0, native, microsecond).

now_diff({Mega2, S2, Us2}, {Mega1, S1, Us1}) ->
    ((Mega2 - Mega1) * 1000000 + S2 - S1) * 1000000 + Us2 - Us1.

seconds(S) -> 1000 * S.
minutes(M) -> 1000 * 60 * M.
hours(H) -> 1000 * 60 * 60 * H.
hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

start() ->
    _ = server(),
    ok.

%% ------------------------------------------------------------ the timer server

%% Monotonic time in milliseconds, rounded up.
now_ms() ->
    (erlang:monotonic_time(microsecond) + 999) div 1000.

server() ->
    case whereis(timer_server) of
        undefined ->
            Pid = spawn(?MODULE, server_init, []),
            try register(timer_server, Pid) of
                true -> Pid
            catch
                error:badarg ->
                    %% Someone else started it first.
                    exit(Pid, kill),
                    whereis(timer_server)
            end;
        Pid ->
            Pid
    end.

call(Req) ->
    Server = server(),
    Mref = erlang:monitor(process, Server),
    Server ! {timer_call, self(), Mref, Req},
    receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            Reply;
        {'DOWN', Mref, process, _, Reason} ->
            exit(Reason)
    end.

server_init() ->
    server_loop(#{}).

%% Timers: #{TRef => ServerTimerRef} for one-shot timers (TRef is the server timer's
%% own ref) and for intervals (TRef is the monitor of the process they belong to).
server_loop(Timers) ->
    receive
        {timer_call, From, Mref, Req} ->
            {Reply, Timers1} = handle(Req, Timers),
            From ! {Mref, Reply},
            server_loop(Timers1);
        {timeout, SRef, {once, MFA}} ->
            case maps:take(SRef, Timers) of
                {_, Timers1} ->
                    run(MFA),
                    server_loop(Timers1);
                error ->
                    server_loop(Timers)
            end;
        {timeout, _, {interval, Due, Time, TRef, MFA}} ->
            case maps:is_key(TRef, Timers) of
                true ->
                    Next = Due + Time,
                    SRef = erlang:start_timer(Next, self(), {interval, Next, Time, TRef, MFA}, [{abs, true}]),
                    run(MFA),
                    server_loop(Timers#{TRef := SRef});
                false ->
                    server_loop(Timers)
            end;
        {'DOWN', TRef, process, _, _} ->
            server_loop(drop(TRef, Timers));
        _ ->
            server_loop(Timers)
    end.

handle({once, Now, Time, MFA}, Timers) ->
    try erlang:start_timer(Now + Time, self(), {once, MFA}, [{abs, true}]) of
        SRef -> {{ok, {once, SRef}}, Timers#{SRef => SRef}}
    catch
        error:badarg -> {{error, badarg}, Timers}
    end;
handle({interval, Now, Time, Owner, MFA}, Timers) ->
    TRef = erlang:monitor(process, Owner),
    Next = Now + Time,
    try erlang:start_timer(Next, self(), {interval, Next, Time, TRef, MFA}, [{abs, true}]) of
        SRef -> {{ok, {interval, TRef}}, Timers#{TRef => SRef}}
    catch
        error:badarg ->
            erlang:demonitor(TRef, [flush]),
            {{error, badarg}, Timers}
    end;
handle({cancel, {once, TRef}}, Timers) ->
    {{ok, cancel}, drop(TRef, Timers)};
handle({cancel, {interval, TRef}}, Timers) ->
    case maps:is_key(TRef, Timers) of
        true -> erlang:demonitor(TRef, [flush]);
        false -> ok
    end,
    {{ok, cancel}, drop(TRef, Timers)}.

drop(TRef, Timers) ->
    case maps:take(TRef, Timers) of
        {SRef, Timers1} ->
            _ = erlang:cancel_timer(SRef),
            Timers1;
        error ->
            Timers
    end.

%% What a timer does when it fires, in the server.
run({?MODULE, send, [Dest, Msg]}) ->
    catch Dest ! Msg;
run({erlang, exit, [Target, Reason]}) ->
    catch exit(resolve(Target), Reason);
run({M, F, A}) ->
    catch spawn(M, F, A).

resolve(Pid) when is_pid(Pid) -> Pid;
resolve(undefined) -> undefined;
resolve(Name) when is_atom(Name) -> resolve(whereis(Name));
resolve(_) -> undefined.
