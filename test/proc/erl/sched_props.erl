%% Programs for test/proc/scheduling.test.ts.
-module(sched_props).
-export([ref_receive/2, spin_and_sleep/1, busy/1]).

%% Fill the mailbox with N messages nobody wants, then make R request/reply round trips
%% on fresh references: with the reference-receive optimisation no round trip looks at
%% the N old messages.
ref_receive(N, R) ->
    Self = self(),
    [Self ! {junk, I} || I <- lists:seq(1, N)],
    Echo = spawn(fun echo/0),
    ok = round_trips(Echo, R),
    {message_queue_len, Len} = process_info(self(), message_queue_len),
    Len.

round_trips(_, 0) -> ok;
round_trips(Echo, K) ->
    Ref = make_ref(),
    Echo ! {self(), Ref},
    receive {Ref, pong} -> round_trips(Echo, K - 1) end.

echo() ->
    receive {From, Ref} -> From ! {Ref, pong}, echo() end.

%% A process in an infinite loop cannot stop the others: main sleeps while it spins.
spin_and_sleep(Ms) ->
    Spinner = spawn(fun spin/0),
    receive after Ms -> ok end,
    Alive = is_process_alive(Spinner),
    exit(Spinner, kill),
    {slept, Alive}.

spin() -> spin().

%% Busy for Ms milliseconds of wall time without waiting.
busy(Ms) ->
    T0 = erlang:monotonic_time(millisecond),
    busy_until(T0 + Ms).

busy_until(T) ->
    case erlang:monotonic_time(millisecond) >= T of
        true -> done;
        false -> busy_until(T)
    end.
