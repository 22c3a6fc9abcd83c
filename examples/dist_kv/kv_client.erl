#!/usr/bin/env escript
%% kv_client: uses the store spread over the nodes given. Each key belongs to one
%% node (erlang:phash2 of the key over the node list); puts and gets go to that node's
%% kv_store with gen_server:call({kv_store, Node}, ...), whichever node that is (erlts
%% or erl). Then every node lists its keys, a key is read back through each owner, and
%% with `stop` the nodes are stopped.
%%
%%   node dist/bin/erlts.js run -sname kvc -setcookie kvdemo examples/dist_kv/kv_client.erl kv1@HOST kv2@HOST kv3@HOST [stop]
-module(kv_client).
-mode(compile).
-export([main/1]).

main(Args) ->
    {Names, Stop} = case lists:last(Args) of
                        "stop" -> {lists:droplast(Args), true};
                        _ -> {Args, false}
                    end,
    Nodes = [list_to_atom(N) || N <- Names],
    [io:format("~s: ~p~n", [N, net_adm:ping(N)]) || N <- Nodes],
    Keys = [list_to_atom("key" ++ integer_to_list(I)) || I <- lists:seq(1, 12)],
    [ok = gen_server:call({kv_store, owner(K, Nodes)}, {put, K, value_of(K)}) || K <- Keys],
    lists:foreach(
      fun(N) ->
              Ks = gen_server:call({kv_store, N}, keys),
              io:format("~s holds ~p~n", [short(N), Ks])
      end, Nodes),
    Back = [gen_server:call({kv_store, owner(K, Nodes)}, {get, K}) || K <- Keys],
    io:format("read back: ~p~n", [Back =:= [{ok, value_of(K)} || K <- Keys]]),
    io:format("missing: ~p~n", [gen_server:call({kv_store, owner(nokey, Nodes)}, {get, nokey})]),
    case Stop of
        true -> [gen_server:call({kv_store, N}, stop) || N <- Nodes], io:format("stopped~n");
        false -> ok
    end.

owner(Key, Nodes) -> lists:nth(1 + erlang:phash2(Key, length(Nodes)), Nodes).

value_of(K) -> {K, length(atom_to_list(K))}.

%% The node name without the host (the host differs from machine to machine).
short(N) -> hd(string:split(atom_to_list(N), "@")).
