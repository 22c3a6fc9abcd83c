%% net_adm: ping/1 (pong when a connection to the node is up, or can be set up and
%% its net_kernel answers), names/0,1 (what EPMD holds) and localhost/0.
-module(net_adm).

-export([ping/1, names/0, names/1, localhost/0, world/0, world/1, dns_hostname/1]).

ping(Node) when is_atom(Node) ->
    case is_alive() of
        false -> pang;
        true when Node =:= node() -> pong;
        true ->
            Ref = erlts_dist:ping(Node),
            receive {Ref, Result} -> Result end
    end.

names() -> names(localhost()).

names(Host) ->
    Ref = erlts_dist:names(Host),
    receive {Ref, Result} -> Result end.

localhost() ->
    case is_alive() of
        true -> lists:nth(2, string:split(atom_to_list(node()), "@"));
        false -> {ok, H} = inet_hostname(), H
    end.

inet_hostname() -> {ok, os:getenv("HOSTNAME", "localhost")}.

world() -> [].
world(_) -> [].

dns_hostname(Host) -> {ok, Host}.
