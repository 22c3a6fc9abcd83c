%% dist_start: a node becomes alive with net_kernel:start/1 and stops being alive
%% with net_kernel:stop/0; what node/0,1, pids, refs and their external format say
%% before, during and after. Run by escript and by erlts (test/dist/start.test.ts).
-module(dist_start).
-export([main/1]).

main([NameS]) ->
    Name = list_to_atom(NameS),
    Self = self(),
    Ref = make_ref(),
    out(before, {node(), is_alive(), node(Self), node(Ref), nodes()}),
    out(cookie_before, erlang:get_cookie()),
    out(ping_not_alive, net_adm:ping(somewhere@nohost)),
    out(stop_not_alive, net_kernel:stop()),
    {ok, Sup} = net_kernel:start([Name, shortnames]),
    out(sup, is_pid(Sup)),
    [N, _] = string:split(atom_to_list(node()), "@"),
    out(node, N =:= NameS),
    out(alive, {is_alive(), nodes(), nodes(this) =:= [node()]}),
    out(self_node, {node(Self) =:= node(), node(Ref) =:= node(), node(make_ref()) =:= node()}),
    out(pid_text, is_list(pid_to_list(Self))),
    out(again, element(1, net_kernel:start([other, shortnames]))),
    out(roundtrip, {binary_to_term(term_to_binary(Self)) =:= Self, binary_to_term(term_to_binary(Ref)) =:= Ref}),
    <<131, 88, 100, Len:16, NodeBin:Len/binary, _/binary>> = term_to_binary(Self),
    out(ext_node, NodeBin =:= atom_to_binary(node())),
    out(cookie_set, {erlang:set_cookie(node(), abc), erlang:get_cookie()}),
    out(ping_self, net_adm:ping(node())),
    out(ping_nowhere, net_adm:ping(list_to_atom("nowhere_" ++ atom_to_list(node())))),
    out(monitor_node_nowhere, begin
                                  monitor_node(list_to_atom("nowhere2_" ++ atom_to_list(node())), true),
                                  receive {nodedown, _} -> nodedown after 5000 -> timeout end
                              end),
    out(stop, net_kernel:stop()),
    %% On a loaded machine OTP's node can keep its name a moment after stop/0.
    wait_not_alive(100),
    out('after', {node(), is_alive(), node(Self), nodes()}),
    out(roundtrip_after, binary_to_term(term_to_binary(Self)) =:= Self).

wait_not_alive(0) -> ok;
wait_not_alive(N) ->
    case node() of
        nonode@nohost -> ok;
        _ -> receive after 20 -> wait_not_alive(N - 1) end
    end.

out(Name, Value) -> io:format("~p: ~p~n", [Name, Value]).
