#!/usr/bin/env escript
-module(gsrv_debug_opts).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_continue/2]).
-mode(compile).
%% Exercises: start options {debug, [trace, log, statistics]}: trace lines for a
%% continue and a reply with a timeout, the log of a registered server, erroneous
%% debug options are ignored with a message

init(S) -> {ok, S, {continue, boot}}.
handle_continue(boot, S) -> {noreply, [booted | S]}.
handle_call(get, _From, S) -> {reply, S, S, 1000}.
handle_cast(X, S) -> {noreply, [X | S]}.

main(_) ->
    {ok, P} = gen_server:start({local, gsrv_dbg}, ?MODULE, [], [{debug, [trace, log]}]),
    gen_server:cast(P, c1),
    io:format("~p~n", [gen_server:call(gsrv_dbg, get)]),
    {ok, Log} = sys:log(gsrv_dbg, get),
    io:format("~p~n", [length(Log)]),
    ok = sys:no_debug(gsrv_dbg),
    {ok, P2} = gen_server:start(?MODULE, [], [{debug, [statistics, {log, 2}]}]),
    gen_server:cast(P2, c2),
    _ = gen_server:call(P2, get),
    {ok, Stats} = sys:statistics(P2, get),
    io:format("~p~n", [lists:keyfind(messages_in, 1, Stats)]),
    io:format("~p~n", [length(element(2, sys:log(P2, get)))]),
    ok.
