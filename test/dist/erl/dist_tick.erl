%% dist_tick: with net_ticktime 2 on both sides, a connection that stays idle for
%% longer than that stays up (both sides tick); then, once the test has stopped the
%% peer (SIGSTOP: its socket stays open but nothing comes), the node goes down.
-module(dist_tick).
-export([main/1]).

main([PeerS]) ->
    Peer = list_to_atom(PeerS),
    net_kernel:set_net_ticktime(2),
    io:format("ticktime: ~p~n", [net_kernel:get_net_ticktime()]),
    io:format("ping: ~p~n", [net_adm:ping(Peer)]),
    monitor_node(Peer, true),
    timer:sleep(5000),
    io:format("idle_still_connected: ~p~n", [lists:member(Peer, nodes())]),
    io:format("ready~n"),
    T0 = erlang:monotonic_time(millisecond),
    receive
        {nodedown, Peer} ->
            T = erlang:monotonic_time(millisecond) - T0,
            io:format("nodedown_ms: ~p~n", [T])
    after 20000 -> io:format("no nodedown~n")
    end.
