#!/usr/bin/env escript
-module(gsrv_timeouts).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).
-mode(compile).
%% Exercises: server timeouts: a timeout of 0 fires before queued-later messages, a
%% message that arrives first cancels the timeout, timeouts from init, call, cast and
%% info returns, an infinity timeout, the timeout message reaching handle_info

init(T) -> {ok, [], T}.
handle_call(get, _From, S) -> {reply, lists:reverse(S), S};
handle_call({set_timeout, T}, _From, S) -> {reply, ok, [{set, T} | S], T}.
handle_cast({timeout, T}, S) -> {noreply, [{cast, T} | S], T};
handle_cast(msg, S) -> {noreply, [msg | S]}.
handle_info(timeout, S) -> {noreply, [timeout | S]};
handle_info({again, T}, S) -> {noreply, [again | S], T}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, 20, []),
    timer:sleep(50),
    io:format("~p~n", [gen_server:call(P, get)]),
    ok = gen_server:call(P, {set_timeout, 100}),
    gen_server:cast(P, msg),
    timer:sleep(150),
    io:format("~p~n", [gen_server:call(P, get)]),
    gen_server:cast(P, {timeout, 0}),
    timer:sleep(20),
    io:format("~p~n", [gen_server:call(P, get)]),
    P ! {again, 10},
    timer:sleep(50),
    io:format("~p~n", [gen_server:call(P, get)]),
    ok = gen_server:call(P, {set_timeout, infinity}),
    timer:sleep(30),
    io:format("~p~n", [gen_server:call(P, get)]),
    {ok, P2} = gen_server:start(?MODULE, 0, []),
    io:format("~p~n", [gen_server:call(P2, get)]),
    ok.
