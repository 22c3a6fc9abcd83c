%% dist_client: run on an erlts node against a peer node (erl or erlts) serving
%% dist_peer; prints one `check: result` line per check of test/dist/*.test.ts.
-module(dist_client).
-export([main/1]).

main([PeerS, Count]) ->
    Peer = list_to_atom(PeerS),
    N = list_to_integer(Count),
    process_flag(trap_exit, true),
    out(ping, net_adm:ping(Peer)),
    out(ping_back, call(Peer, {ping, node()})),
    out(nodes, lists:member(Peer, nodes())),
    {echo, Peer} ! {self(), hi},
    out(echo, receive {echoed, Peer, hi} = E -> element(3, E) after 5000 -> timeout end),
    %% terms each way, compared on the receiving side
    Ref = make_ref(),
    {peer, Peer} ! {cmd, self(), Ref, {recv_terms, 1, N}},
    [{peer, Peer} ! {term, T} || T <- dist_terms:gen(1, N)],
    out(terms_to_peer, receive {Ref, C1} -> C1 after 60000 -> timeout end),
    Ref2 = make_ref(),
    {peer, Peer} ! {cmd, self(), Ref2, {send_terms, self(), 2, N}},
    Got = [receive {term, T} -> T after 20000 -> timeout end || _ <- lists:seq(1, N)],
    receive {Ref2, ok} -> ok after 5000 -> ok end,
    out(terms_from_peer, dist_terms:check(2, N, Got)),
    %% rpc and erpc both ways
    out(rpc_node, rpc:call(Peer, erlang, node, []) =:= Peer),
    out(rpc_seq, rpc:call(Peer, lists, seq, [1, 5])),
    {badrpc, {'EXIT', {boom, _}}} = rpc:call(Peer, erlang, error, [boom]),
    out(rpc_error, ok),
    out(rpc_exit, rpc:call(Peer, erlang, exit, [bye])),
    out(rpc_throw, rpc:call(Peer, erlang, throw, [ball])),
    out(erpc_exit, try erpc:call(Peer, erlang, exit, [bye]) catch C2:R2 -> {C2, R2} end),
    out(erpc_undef, try erpc:call(Peer, nosuchmod, f, []), x catch error:{exception, undef, _} -> undef end),
    out(rpc_back, call(Peer, {rpc, node(), erlang, node, []}) =:= node()),
    out(rpc_back_rev, call(Peer, {rpc, node(), lists, reverse, [[1, 2, 3]]})),
    out(erpc_back_exit, call(Peer, {erpc, node(), erlang, exit, [bye]})),
    %% output of a process spawned by rpc goes to the caller's group leader
    out(remote_io, dist_peer:io_capture(fun() -> rpc:call(Peer, io, format, ["hello ~p~n", [from_client]]) end)),
    out(remote_io_back, call(Peer, {io_capture_rpc, node()})),
    %% remote spawns, links and monitors, both ways
    P1 = spawn_link(Peer, dist_peer, exit_after, [10, foo]),
    out(spawn_link_node, node(P1) =:= Peer),
    out(spawn_link_exit, receive {'EXIT', P1, R3} -> R3 after 5000 -> timeout end),
    {P2, M2} = spawn_monitor(Peer, dist_peer, exit_after, [10, bar]),
    out(spawn_monitor_exit, receive {'DOWN', M2, process, P2, R4} -> R4 after 5000 -> timeout end),
    out(peer_spawn_link, call(Peer, {spawn_link_exit, node(), 10, baz})),
    out(peer_spawn_monitor, call(Peer, {spawn_monitor_exit, node(), 10, qux})),
    L1 = spawn(fun() -> receive after 100 -> exit(byebye) end end),
    out(peer_monitor, call(Peer, {monitor, L1}) =:= {L1, byebye}),
    L2 = spawn(dist_peer, wait_forever, []),
    out(peer_link_kill, call(Peer, {link_kill, L2})),
    P3 = call(Peer, {spawn_wait, Peer}),
    M3 = erlang:monitor(process, P3),
    exit(P3, kill),
    out(monitor_killed, receive {'DOWN', M3, process, P3, R5} -> R5 after 5000 -> timeout end),
    M4 = erlang:monitor(process, P3),
    out(monitor_dead, receive {'DOWN', M4, process, P3, R6} -> R6 after 5000 -> timeout end),
    M5 = erlang:monitor(process, {no_such_name, Peer}),
    out(monitor_name, receive {'DOWN', M5, process, Obj, R7} -> {Obj =:= {no_such_name, Peer}, R7} after 5000 -> timeout end),
    P4 = call(Peer, {spawn_wait, Peer}),
    link(P4),
    exit(P4, kill),
    out(link_killed, receive {'EXIT', P4, R8} -> R8 after 5000 -> timeout end),
    P5 = call(Peer, {spawn_wait, Peer}),
    link(P5),
    unlink(P5),
    exit(P5, kill),
    out(unlinked, receive {'EXIT', P5, R9} -> R9 after 300 -> none end),
    M6 = erlang:monitor(process, call(Peer, {spawn_wait, Peer})),
    out(demonitor, erlang:demonitor(M6, [info])),
    %% a node that does not exist
    Nowhere = list_to_atom("nowhere_" ++ PeerS),
    out(ping_nowhere, net_adm:ping(Nowhere)),
    out(rpc_nowhere, rpc:call(Nowhere, erlang, node, [])),
    P6 = spawn_link(Nowhere, erlang, node, []),
    R10 = receive {'EXIT', P6, R} -> R after 5000 -> timeout end,
    timer:sleep(200), % the warning report of the stand-in process is printed first
    out(spawn_nowhere, R10),
    %% the peer goes: everything on it ends with noconnection
    ok = net_kernel:monitor_nodes(true),
    monitor_node(Peer, true),
    P7 = call(Peer, {spawn_wait, Peer}),
    link(P7),
    M7 = erlang:monitor(process, call(Peer, {spawn_wait, Peer})),
    call(Peer, halt),
    out(nodedown, receive {nodedown, Peer} -> ok after 5000 -> timeout end),
    out(link_noconnection, receive {'EXIT', P7, R11} -> R11 after 5000 -> timeout end),
    out(monitor_noconnection, receive {'DOWN', M7, process, _, R12} -> R12 after 5000 -> timeout end),
    out(monitor_nodes, receive {nodedown, Peer} -> ok after 5000 -> timeout end),
    out(nodes_after, lists:member(Peer, nodes())),
    ok.

call(Peer, Cmd) ->
    Ref = make_ref(),
    {peer, Peer} ! {cmd, self(), Ref, Cmd},
    receive {Ref, R} -> R after 10000 -> timeout end.

out(Name, Value) -> io:format("~p: ~p~n", [Name, Value]).
