%% dist_pinfo: process_info/2's links, monitors and monitored_by with processes of
%% another node (test/dist/pinfo.test.ts), against a peer serving dist_gpeer.
%% Remote pids are printed as their node's role.
-module(dist_pinfo).
-export([main/1]).

main([PeerS]) ->
    Peer = list_to_atom(PeerS),
    put(peer, Peer),
    pong = net_adm:ping(Peer),
    process_flag(trap_exit, true),
    R = spawn_link(Peer, dist_gpeer, echo, []),
    Local = spawn_link(fun wait/0),
    out(links, lists:sort(show(element(2, process_info(self(), links))))),
    out(remote_links, show(rpc:call(Peer, erlang, process_info, [R, links]))),
    M1 = erlang:monitor(process, R),
    M2 = erlang:monitor(process, {gpeer, Peer}),
    M3 = erlang:monitor(process, Local),
    out(monitors, lists:sort(show(element(2, process_info(self(), monitors))))),
    out(remote_monitored_by, show(rpc:call(Peer, erlang, process_info, [R, monitored_by]))),
    Gpeer = rpc:call(Peer, erlang, whereis, [gpeer]),
    out(remote_monitored_by_name, show(rpc:call(Peer, erlang, process_info, [Gpeer, monitored_by]))),
    %% a process of the peer monitors and links to one of ours
    Me = self(),
    Watcher = spawn(Peer, dist_gpeer, watch, [Me, Local]),
    receive ready -> ok after 5000 -> timeout end,
    out(monitored_by, lists:sort(show(element(2, process_info(self(), monitored_by))))),
    out(local_links, lists:sort(show(element(2, process_info(Local, links))))),
    erlang:demonitor(M1), erlang:demonitor(M2), erlang:demonitor(M3),
    unlink(R),
    out(monitors_after, show(element(2, process_info(self(), monitors)))),
    out(links_after, lists:sort(show(element(2, process_info(self(), links))))),
    Watcher ! stop,
    timer:sleep(200),
    out(monitored_by_after, show(element(2, process_info(self(), monitored_by)))),
    out(local_links_after, show(element(2, process_info(Local, links)))).

wait() -> receive stop -> ok end.

out(Check, Result) -> io:format("~p: ~p~n", [Check, Result]).

show(L) when is_list(L) -> [show(X) || X <- L];
show({A, B}) -> {show(A), show(B)};
show(P) when is_pid(P) ->
    case node(P) =:= node() of
        true -> case P =:= self() of true -> self; false -> local end;
        false -> peer
    end;
show(N) when N =:= node() -> node;
show(X) -> case X =:= get(peer) of true -> peer_node; false -> X end.
