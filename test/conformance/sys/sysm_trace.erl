#!/usr/bin/env escript
-module(sysm_trace).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).
-mode(compile).
%% Exercises: sys:trace/2,3: the *DBG* lines of a gen_server (got call, sent, got
%% cast, new state, got info), for a registered and an unnamed server, switched off
%% again; the {debug, [trace]} start option

init(S) -> {ok, S}.
handle_call({add, N}, _From, S) -> {reply, S + N, S + N}.
handle_cast({add, N}, S) -> {noreply, S + N}.
handle_info(Msg, S) -> io:format("info ~p~n", [Msg]), {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start({local, sysm_traced}, ?MODULE, 0, []),
    io:format("~p~n", [sys:trace(sysm_traced, true)]),
    _ = gen_server:call(P, {add, 1}),
    gen_server:cast(P, {add, 2}),
    P ! hello,
    _ = gen_server:call(P, {add, 3}),
    io:format("~p~n", [sys:trace(P, false, 1000)]),
    _ = gen_server:call(P, {add, 4}),
    {ok, P2} = gen_server:start(?MODULE, 100, [{debug, [trace]}]),
    gen_server:cast(P2, {add, 1}),
    io:format("~p~n", [gen_server:call(P2, {add, 1})]),
    ok.
