%% dist_global: global names seen from an erlts node, with a peer (erl or erlts)
%% that registered peer_global (its echo process) in dist_peer:serve/0.
-module(dist_global).
-export([main/1]).

main([PeerS]) ->
    Peer = list_to_atom(PeerS),
    pong = net_adm:ping(Peer),
    %% The names are exchanged in the background after the connection (as on OTP).
    ok = global:sync(),
    P = global:whereis_name(peer_global),
    io:format("whereis_peer: ~p~n", [is_pid(P) andalso node(P) =:= Peer]),
    global:send(peer_global, {self(), via_global}),
    io:format("send: ~p~n", [receive {echoed, Peer, via_global} -> ok after 5000 -> timeout end]),
    io:format("register_taken: ~p~n", [global:register_name(peer_global, self())]),
    io:format("register_mine: ~p~n", [global:register_name({mine, node()}, self())]),
    io:format("whereis_mine: ~p~n", [global:whereis_name({mine, node()}) =:= self()]),
    Ref = make_ref(),
    {peer, Peer} ! {cmd, self(), Ref, {global_whereis, {mine, node()}}},
    io:format("peer_sees_mine: ~p~n", [receive {Ref, R} -> R =:= self() after 5000 -> timeout end]),
    io:format("unknown: ~p~n", [global:whereis_name(nobody_has_this)]),
    io:format("send_unknown: ~p~n", [catch global:send(nobody_has_this, x)]).
