#!/usr/bin/env escript
-module(sysm_suspend_hib).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: system messages to a hibernating server: suspend (the suspended server
%% hibernates again after other messages), get_state and get_status while suspended,
%% resume, and the server's messages handled afterwards

init(S) -> {ok, S, hibernate}.
handle_call(get, _From, S) -> {reply, S, S, hibernate}.
handle_cast(X, S) -> {noreply, [X | S], hibernate}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    timer:sleep(10),
    ok = sys:suspend(P),
    gen_server:cast(P, one),
    timer:sleep(10),
    io:format("~p~n", [sys:get_state(P)]),
    {status, _, _, [_, SysState | _]} = sys:get_status(P),
    io:format("~p~n", [SysState]),
    ok = sys:resume(P),
    gen_server:cast(P, two),
    io:format("~p~n", [gen_server:call(P, get)]),
    ok.
