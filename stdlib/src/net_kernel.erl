%% net_kernel: starting and stopping distribution, node monitoring and the tick time.
%% The connections themselves are native (runtime/dist/node.ts); the registered
%% net_kernel process of an alive node is a process of the runtime that answers
%% {is_auth, Node}, which net_adm:ping/1 on any node asks.
-module(net_kernel).

-export([start/1, start/2, stop/0, connect_node/1, hidden_connect_node/1,
         monitor_nodes/1, monitor_nodes/2, get_net_ticktime/0, set_net_ticktime/1,
         set_net_ticktime/2, longnames/0, nodename/0, allow/1, getopts/2, setopts/2,
         disconnect/1]).

start([Name]) -> start([Name, longnames]);
start([Name, shortnames]) -> start(Name, #{name_domain => shortnames});
start([Name, longnames]) -> start(Name, #{name_domain => longnames});
start([Name, NameDomain, TickTime]) ->
    start(Name, #{name_domain => NameDomain, net_ticktime => TickTime div 1000});
start(_) -> erlang:error(badarg).

start(Name, Opts) when is_atom(Name), is_map(Opts) ->
    Long = case maps:get(name_domain, Opts, longnames) of
               shortnames -> false;
               longnames -> true
           end,
    Tick = maps:get(net_ticktime, Opts, 60),
    case is_alive() of
        true ->
            {error, {already_started, whereis(net_sup)}};
        false ->
            Ref = erlts_dist:start(Name, Long, undefined, Tick),
            receive
                {Ref, ok} -> {ok, whereis(net_sup)};
                {Ref, {error, duplicate_name}} ->
                    {error, {{shutdown, {failed_to_start_child, net_kernel,
                                         {'EXIT', nodistribution}}}, duplicate_name}};
                {Ref, {error, Reason}} -> {error, Reason}
            end
    end;
start(_, _) -> erlang:error(badarg).

stop() -> erlts_dist:stop().

connect_node(Node) when is_atom(Node) ->
    case is_alive() of
        false -> ignored;
        true -> net_adm:ping(Node) =:= pong
    end.

hidden_connect_node(Node) -> connect_node(Node).

disconnect(Node) -> erlang:disconnect_node(Node).

monitor_nodes(Flag) -> monitor_nodes(Flag, []).

monitor_nodes(Flag, Opts) when is_boolean(Flag), is_list(Opts) ->
    case lists:all(fun valid_opt/1, Opts) of
        true -> erlts_dist:monitor_nodes(Flag, Opts);
        false -> error
    end;
monitor_nodes(_, _) -> error.

valid_opt(nodedown_reason) -> true;
valid_opt({node_type, T}) -> lists:member(T, [visible, hidden, all]);
valid_opt(_) -> false.

get_net_ticktime() -> erlts_dist:ticktime().

set_net_ticktime(T) -> set_net_ticktime(T, 60).
set_net_ticktime(T, _TransitionPeriod) when is_integer(T), T > 0 ->
    Old = erlts_dist:ticktime(),
    ok = erlts_dist:set_ticktime(T),
    case Old of
        T -> unchanged;
        _ -> change_initiated
    end.

longnames() ->
    case is_alive() of
        true -> erlts_dist:longnames();
        false -> ignored
    end.

nodename() ->
    case is_alive() of
        true -> node();
        false -> ignored
    end.

allow(Nodes) when is_list(Nodes) -> ok.

getopts(_Node, _Opts) -> {error, noconnection}.
setopts(_Node, _Opts) -> ok.
