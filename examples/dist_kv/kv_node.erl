#!/usr/bin/env escript
%% kv_node: one node of a distributed key-value store. It runs `kv_store`, a
%% gen_server holding this node's share of the keys, registered on this node; clients
%% (kv_client.erl) send each key to the node that owns it. The node prints what it
%% is asked, and stops when a client asks it to (or after ten minutes).
%%
%%   node dist/bin/erlts.js run -sname kv1 -setcookie kvdemo examples/dist_kv/kv_node.erl
%%   ERL_FLAGS="-sname kv3 -setcookie kvdemo" escript examples/dist_kv/kv_node.erl
-module(kv_node).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

main(_) ->
    case is_alive() of
        false ->
            io:format("kv_node: start the node with a name (-sname)~n"),
            halt(1);
        true ->
            {ok, Pid} = gen_server:start({local, kv_store}, ?MODULE, [], []),
            io:format("kv node ~p ready~n", [node()]),
            Ref = erlang:monitor(process, Pid),
            receive {'DOWN', Ref, process, Pid, Reason} -> io:format("kv node stopped: ~p~n", [Reason])
            after 600000 -> ok
            end
    end.

init([]) -> {ok, #{}}.

handle_call({put, K, V}, {From, _}, Map) ->
    io:format("put ~p from ~p~n", [K, node(From)]),
    {reply, ok, Map#{K => V}};
handle_call({get, K}, _From, Map) ->
    {reply, maps:find(K, Map), Map};
handle_call(keys, _From, Map) ->
    {reply, lists:sort(maps:keys(Map)), Map};
handle_call(stop, _From, Map) ->
    {stop, normal, ok, Map}.

handle_cast(_, Map) -> {noreply, Map}.
