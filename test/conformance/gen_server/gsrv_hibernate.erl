#!/usr/bin/env escript
-module(gsrv_hibernate).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).
-mode(compile).
%% Exercises: hibernation: {ok, S, hibernate}, {reply, R, S, hibernate},
%% {noreply, S, hibernate}, the hibernate_after option; the server keeps its state and
%% its dictionary and goes on answering; a crash after hibernating is reported with
%% the frames of a woken server

init(S) -> put(key, kept), {ok, S, hibernate}.
handle_call(get, _From, S) -> {reply, {S, get(key)}, S, hibernate};
handle_call(crash, _From, S) -> {reply, element(5, S), S}.
handle_cast(X, _S) -> {noreply, X, hibernate}.
handle_info(X, _S) -> {noreply, {info, X}}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, first, []),
    timer:sleep(20),
    io:format("~p~n", [process_info(P, status)]),
    io:format("~p~n", [gen_server:call(P, get)]),
    gen_server:cast(P, second),
    io:format("~p~n", [gen_server:call(P, get)]),
    P ! third,
    io:format("~p~n", [gen_server:call(P, get)]),
    {ok, P2} = gen_server:start(?MODULE, x, [{hibernate_after, 10}]),
    P2 ! woke,
    timer:sleep(50),
    io:format("~p~n", [gen_server:call(P2, get)]),
    M = monitor(process, P),
    R = (catch gen_server:call(P, crash)),
    receive {'DOWN', M, _, _, _} -> timer:sleep(100), io:format("~p~n", [R]) end,
    ok.
