%% dist_throughput: messages per second from one node to another (bench/dist-throughput.ts).
%% `sink` serves on the receiving node; `run Peer N` sends N small messages to the
%% sink's pid on Peer, then waits until the sink has counted them all, and prints
%% the count and the milliseconds it took.
-module(dist_throughput).
-export([main/1, sink/0]).

main(["sink"]) -> sink();
main(["run", PeerS, NS]) ->
    Peer = list_to_atom(PeerS),
    N = list_to_integer(NS),
    pong = net_adm:ping(Peer),
    {sink, Peer} ! {hello, self()},
    Sink = receive {sink_pid, P} -> P end,
    round(Sink, 1000),  % warm-up
    T0 = erlang:monotonic_time(microsecond),
    C = round(Sink, N),
    T = erlang:monotonic_time(microsecond) - T0,
    io:format("~p ~.1f~n", [C, T / 1000]).

round(Sink, N) ->
    send(Sink, N),
    Sink ! {done, self()},
    receive {count, C} -> C end.

send(_, 0) -> ok;
send(Sink, N) -> Sink ! {msg, N, <<"payload">>, [1, 2, 3]}, send(Sink, N - 1).

sink() ->
    register(sink, self()),
    receive {hello, From} -> From ! {sink_pid, self()} end,
    sink(0).

sink(C) ->
    receive
        {msg, _, _, _} -> sink(C + 1);
        {done, From} -> From ! {count, C}, sink(0)
    after 60000 -> erlang:halt()
    end.
