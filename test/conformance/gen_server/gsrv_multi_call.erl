#!/usr/bin/env escript
-module(gsrv_multi_call).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: multi_call/2,3,4 and abcast/2,3 on the local node: replies, a node
%% where the name is not registered (a bad node), abcast's return value

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast({set, X}, _) -> {noreply, X}.

main(_) ->
    {ok, _} = gen_server:start({local, gsrv_mc}, ?MODULE, one, []),
    io:format("~p~n", [gen_server:multi_call(gsrv_mc, get)]),
    io:format("~p~n", [gen_server:abcast(gsrv_mc, {set, two})]),
    io:format("~p~n", [gen_server:multi_call([node()], gsrv_mc, get)]),
    io:format("~p~n", [gen_server:abcast([node()], gsrv_mc, {set, three})]),
    io:format("~p~n", [gen_server:multi_call([node()], gsrv_mc, get, 1000)]),
    io:format("~p~n", [gen_server:multi_call(gsrv_mc_none, get)]),
    io:format("~p~n", [gen_server:abcast(gsrv_mc_none, x)]),
    ok.
