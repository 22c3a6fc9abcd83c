#!/usr/bin/env escript
-module(gsrv_names).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: server names {local, N}, {global, N}, {via, global, N}; calls and casts
%% by name, {Name, node()}, {already_started, Pid}, the registered name in
%% process_info

init(Tag) -> {ok, Tag}.
handle_call(tag, _From, S) -> {reply, S, S}.
handle_cast({set, T}, _) -> {noreply, T}.

main(_) ->
    {ok, L} = gen_server:start({local, gsrv_names_l}, ?MODULE, local, []),
    {ok, G} = gen_server:start({global, {gsrv, names}}, ?MODULE, global, []),
    {ok, V} = gen_server:start({via, global, gsrv_names_v}, ?MODULE, via, []),
    io:format("~p~n", [gen_server:call(gsrv_names_l, tag)]),
    io:format("~p~n", [gen_server:call({gsrv_names_l, node()}, tag)]),
    io:format("~p~n", [gen_server:call({global, {gsrv, names}}, tag)]),
    io:format("~p~n", [gen_server:call({via, global, gsrv_names_v}, tag)]),
    io:format("~p~n", [process_info(L, registered_name)]),
    io:format("~p ~p~n", [global:whereis_name({gsrv, names}) =:= G,
                          global:whereis_name(gsrv_names_v) =:= V]),
    {error, {already_started, L2}} = gen_server:start({local, gsrv_names_l}, ?MODULE, x, []),
    {error, {already_started, G2}} = gen_server:start({global, {gsrv, names}}, ?MODULE, x, []),
    {error, {already_started, V2}} = gen_server:start({via, global, gsrv_names_v}, ?MODULE, x, []),
    io:format("~p~n", [{L2 =:= L, G2 =:= G, V2 =:= V}]),
    gen_server:cast({global, {gsrv, names}}, {set, g2}),
    gen_server:cast({via, global, gsrv_names_v}, {set, v2}),
    gen_server:cast({gsrv_names_l, node()}, {set, l2}),
    io:format("~p~n", [[gen_server:call(P, tag) || P <- [L, G, V]]]),
    io:format("~p~n", [lists:sort(global:registered_names())]),
    ok.
