%% Process benchmarks (issue 4): the same code runs on erlts and on BEAM.
%%
%% Timed cases (bench/programs.ts, group `procs`); each runs the whole thing, waits
%% until every process it started is gone, and returns a checksum:
%%   ring(Hops)        1,000 processes in a ring pass a token Hops hops.
%%   spawn_exit(N)     spawn_monitor N processes that exit at once; wait for N 'DOWN's.
%%   req_reply(N)      N request/reply round trips to a server process, each with a
%%                     fresh make_ref() and a selective receive on it.
%%
%% Runners of their own (bench/proc-memory.ts, bench/fairness.ts):
%%   idle_memory(N)    BEAM side of the idle-process memory case: erlang:memory/1
%%                     before and after N processes blocked in receive.
%%   idle_spawn(N)     erlts side: spawns N processes blocked in receive, waits for
%%                     `release` (the runner sends it once it has measured the JS heap),
%%                     then stops them all.
%%   fairness({Kind, Spinners, Pings, SleepMs})
%%                     Spinners processes in an endless loop (Kind: `loop`, the empty
%%                     `spin() -> spin().`, or `count`, a loop doing arithmetic), one
%%                     echo process; the
%%                     caller pings the echo Pings times, sleeping SleepMs between, and
%%                     returns {Pings, P50, P99, Max} of the round trips in microseconds.
-module(procs_ops).
-export([ring/1, spawn_exit/1, req_reply/1]).
-export([idle_memory/1, idle_spawn/1, fairness/1]).

-define(RING_SIZE, 1000).

%% ------------------------------------------------------------------------- ring

%% Returns {Hops, Index of the process holding the token when it ran out}.
ring(Hops) ->
    Main = self(),
    Pids = [spawn(fun() -> ring_init(Main, I) end) || I <- lists:seq(1, ?RING_SIZE)],
    [First | _] = Pids,
    ring_connect(Pids, First),
    First ! Hops,
    Idx = receive {ring_done, I} -> I end,
    %% Tear down: `stop` goes round once and the last process sends it back.
    First ! stop,
    receive ring_down -> ok end,
    {Hops, Idx}.

ring_connect([P], First) -> P ! {next, First};
ring_connect([P | [Q | _] = Rest], First) -> P ! {next, Q}, ring_connect(Rest, First).

ring_init(Main, I) ->
    receive {next, Next} -> ring_loop(Main, I, Next) end.

ring_loop(Main, I, Next) ->
    receive
        0 -> Main ! {ring_done, I}, ring_loop(Main, I, Next);
        K when is_integer(K) -> Next ! K - 1, ring_loop(Main, I, Next);
        stop when I =:= ?RING_SIZE -> Main ! ring_down;
        stop -> Next ! stop
    end.

%% ------------------------------------------------------------------- spawn_exit

%% Returns {N, number of 'DOWN' messages with reason normal}.
spawn_exit(N) ->
    spawn_children(N),
    {N, collect_down(N, 0)}.

spawn_children(0) -> ok;
spawn_children(K) ->
    spawn_monitor(fun() -> ok end),
    spawn_children(K - 1).

collect_down(0, Normal) -> Normal;
collect_down(K, Normal) ->
    receive
        {'DOWN', _, process, _, normal} -> collect_down(K - 1, Normal + 1);
        {'DOWN', _, process, _, _} -> collect_down(K - 1, Normal)
    end.

%% -------------------------------------------------------------------- req_reply

%% Returns {N, sum of the replies}: the server answers X with X * 2 + 1.
req_reply(N) ->
    {Server, MRef} = spawn_monitor(fun server/0),
    Sum = client(Server, N, 0),
    Server ! stop,
    receive {'DOWN', MRef, process, _, normal} -> ok end,
    {N, Sum}.

client(_Server, 0, Acc) -> Acc;
client(Server, K, Acc) ->
    Ref = make_ref(),
    Server ! {req, self(), Ref, K},
    receive {Ref, R} -> client(Server, K - 1, Acc + R) end.

server() ->
    receive
        {req, From, Ref, X} -> From ! {Ref, X * 2 + 1}, server();
        stop -> ok
    end.

%% ------------------------------------------------------------ idle process memory

%% BEAM: bytes of erlang:memory(processes) and erlang:memory(total) per idle process.
%% Returns {N, ProcessesBefore, ProcessesAfter, TotalBefore, TotalAfter}.
idle_memory(N) ->
    erlang:garbage_collect(),
    {P0, T0} = {erlang:memory(processes), erlang:memory(total)},
    Pids = idle_start(N),
    {P1, T1} = {erlang:memory(processes), erlang:memory(total)},
    idle_stop(Pids),
    {N, P0, P1, T0, T1}.

%% erlts: start N idle processes, wait for `release` (sent by bench/proc-memory.ts once
%% it has measured, which it knows to do when every process waits), stop them and wait
%% until they are gone. Returns N.
idle_spawn(N) ->
    Pids = idle_start(N),
    receive release -> ok end,
    idle_stop(Pids),
    N.

%% Starts N processes blocked in receive; returns when every one of them has reached
%% its receive (each says so before it blocks).
idle_start(N) ->
    Main = self(),
    Pids = idle_spawn_loop(N, Main, []),
    idle_wait_ready(N),
    Pids.

idle_spawn_loop(0, _Main, Acc) -> Acc;
idle_spawn_loop(K, Main, Acc) ->
    P = spawn(fun() -> Main ! idle_ready, idle() end),
    idle_spawn_loop(K - 1, Main, [P | Acc]).

idle() ->
    receive {stop, Main} -> Main ! idle_gone end.

idle_wait_ready(0) -> ok;
idle_wait_ready(K) -> receive idle_ready -> idle_wait_ready(K - 1) end.

%% Stops them and waits until each has said it is done (a counter message rather than
%% monitors, so that stopping a million processes costs no monitor per process).
idle_stop(Pids) ->
    Main = self(),
    lists:foreach(fun(P) -> P ! {stop, Main} end, Pids),
    idle_wait_gone(length(Pids)).

idle_wait_gone(0) -> ok;
idle_wait_gone(K) -> receive idle_gone -> idle_wait_gone(K - 1) end.

%% -------------------------------------------------------------------- fairness

fairness({Kind, Spinners, Pings, SleepMs}) ->
    Spin = [spawn(spinner(Kind, I)) || I <- lists:seq(1, Spinners)],
    Echo = spawn(fun echo/0),
    %% Let the spinners get going before the first ping.
    timer:sleep(SleepMs),
    Rtts = lists:sort(ping(Echo, Pings, SleepMs, [])),
    [exit(P, kill) || P <- [Echo | Spin]],
    {Pings, percentile(Rtts, 50), percentile(Rtts, 99), lists:last(Rtts)}.

spinner(loop, _) -> fun spin/0;
spinner(count, I) -> fun() -> spin(I) end.

%% The emptiest endless loop: a call per iteration and nothing else.
spin() -> spin().

%% A counting loop that does some arithmetic per call (the MINSTD generator; all
%% values stay below 2^53).
spin(X) -> spin((X * 48271) rem 2147483647).

echo() ->
    receive
        {ping, From, X} -> From ! {pong, X}, echo()
    end.

ping(_Echo, 0, _SleepMs, Acc) -> Acc;
ping(Echo, K, SleepMs, Acc) ->
    T0 = erlang:monotonic_time(microsecond),
    Echo ! {ping, self(), K},
    receive {pong, K} -> ok end,
    T1 = erlang:monotonic_time(microsecond),
    timer:sleep(SleepMs),
    ping(Echo, K - 1, SleepMs, [T1 - T0 | Acc]).

%% Nearest-rank percentile of a sorted list.
percentile(Sorted, P) ->
    N = length(Sorted),
    Rank = max(1, (P * N + 99) div 100),
    lists:nth(Rank, Sorted).
