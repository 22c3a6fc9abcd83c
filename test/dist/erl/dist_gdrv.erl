%% dist_gdrv: test/dist/global.test.ts's driver. Run on one node (erl or erlts)
%% against a peer serving dist_gpeer (erl or erlts) whose node name is smaller; it
%% prints one `check: result` line per check, with node roles instead of pids.
-module(dist_gdrv).
-export([main/1]).

main([PeerS]) ->
    Peer = list_to_atom(PeerS),
    put(peer, Peer),
    %% Our partition before the join: d_name, and clash (the peer has one too).
    DName = spawn(fun wait/0),
    yes = global:register_name(d_name, DName),
    {Clash, ClashRef} = spawn_monitor(fun wait/0),
    yes = global:register_name(clash, Clash),
    out(before_join, lists:sort(global:registered_names())),
    out(ping, net_adm:ping(Peer)),
    out(sync, global:sync()),
    out(names, lists:sort(global:registered_names())),
    out(peer_names, cmd(names)),
    %% names registered before the join, seen on the other side
    out(p_name_here, role(global:whereis_name(p_name))),
    out(d_name_there, role(cmd({whereis, d_name}))),
    %% the clash: the pid on the node with the greater name is killed
    out(clash_here, role(global:whereis_name(clash))),
    out(clash_there, role(cmd({whereis, clash}))),
    out(clash_loser, receive {'DOWN', ClashRef, _, _, R} -> R after 5000 -> timeout end),
    %% registrations after the join, both ways
    out(register_late, global:register_name(d_late, self())),
    out(d_late_there, role(cmd({whereis, d_late}))),
    out(register_taken, global:register_name(p_name, self())),
    %% the default resolve method of a name registered here, run on the peer
    [{_, _, Method, _}] = ets:lookup(global_names, d_late),
    {A, ARef} = spawn_monitor(fun wait/0),
    B = spawn(fun wait/0),
    out(resolve_default, rpc:call(Peer, global, resolve_it, [Method, n, A, B]) =:= B),
    out(resolve_loser, receive {'DOWN', ARef, _, _, AR} -> AR after 5000 -> timeout end),
    out(peer_register, cmd({register, p_late})),
    out(p_late_here, role(global:whereis_name(p_late))),
    out(peer_register_taken, cmd({register, d_name})),
    %% one pid, two names: no, and an error report (printed before the line)
    Dup = global:register_name(d_other, DName),
    receive after 300 -> ok end,
    out(dup_pid, Dup),
    %% re-registration and unregistration
    Other = spawn(fun wait/0),
    out(re_register, global:re_register_name(d_name, Other)),
    out(re_register_there, cmd({whereis, d_name}) =:= Other),
    out(unregister, global:unregister_name(d_late)),
    out(unregister_there, cmd({whereis, d_late})),
    out(peer_unregister, cmd({unregister, p_late})),
    out(unregister_here, poll(p_late)),
    %% global:send both ways
    global:send(p_name, {self(), hello}),
    out(send, receive {echoed, Peer, hello} -> ok after 5000 -> timeout end),
    out(peer_send, cmd({send, d_name, x}) =:= Other),
    out(send_unknown, catch global:send(nobody, x)),
    %% a process that dies: gone on every node
    exit(Other, kill),
    out(death_here, poll(d_name)),
    out(death_there, poll_there(d_name)),
    out(peer_kill, cmd({kill, p_dies})),
    out(peer_death_here, poll(p_dies)),
    %% locks across the boundary
    Nodes = [node(), Peer],
    PNodes = [Peer, node()],
    out(set_lock, global:set_lock({res, self()}, Nodes)),
    out(set_lock_again, global:set_lock({res, self()}, Nodes, 0)),
    out(peer_set_lock_taken, cmd({set_lock, {res, peer}, PNodes, 0})),
    out(del_lock, global:del_lock({res, self()}, Nodes)),
    out(peer_set_lock, cmd({set_lock, {res, peer}, PNodes, 0})),
    out(set_lock_taken, global:set_lock({res, self()}, Nodes, 0)),
    out(peer_del_lock, cmd({del_lock, {res, peer}, PNodes})),
    out(set_lock_free, global:set_lock({res, self()}, Nodes, 0)),
    out(peer_trans_taken, cmd({trans, {res, peer}, PNodes})),
    global:del_lock({res, self()}, Nodes),
    out(peer_trans, cmd({trans, {res, peer}, PNodes})),
    out(trans, global:trans({res, self()}, fun() -> in_trans end, Nodes)),
    out(peer_sync, cmd(sync)),
    %% the peer's node goes: its names go
    monitor_node(Peer, true),
    out(halt, cmd(halt)),
    out(nodedown, receive {nodedown, Peer} -> ok after 10000 -> timeout end),
    out(p_name_after, poll(p_name)),
    out(names_after, lists:sort(global:registered_names())),
    out(sync_alone, global:sync()).

wait() -> receive stop -> ok end.

out(Check, Result) -> io:format("~p: ~p~n", [Check, Result]).

cmd(Cmd) ->
    Ref = make_ref(),
    {gpeer, get(peer)} ! {cmd, self(), Ref, Cmd},
    receive {Ref, R} -> R after 10000 -> timeout end.

role(P) when is_pid(P) ->
    case node(P) =:= node() of
        true -> driver;
        false -> case node(P) =:= get(peer) of true -> peer; false -> other end
    end;
role(X) -> X.

%% Names of dead processes go asynchronously (monitors): wait up to 3 s.
poll(Name) -> poll(fun() -> global:whereis_name(Name) end, 60).
poll_there(Name) -> poll(fun() -> cmd({whereis, Name}) end, 60).
poll(F, 0) -> role(F());
poll(F, N) ->
    case F() of
        undefined -> undefined;
        _ -> receive after 50 -> poll(F, N - 1) end
    end.
