#!/usr/bin/env escript
-module(sysm_change_code).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, code_change/3]).
-mode(compile).
%% Exercises: sys:change_code/4,5 on a suspended gen_server driving code_change/3
%% (new state, {error, R}, a crash), change_code on a running server (an unknown
%% system message), an unknown sys request

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
code_change(OldVsn, S, upgrade) -> {ok, {upgraded, OldVsn, S}};
code_change(_OldVsn, _S, refuse) -> {error, refused};
code_change(_OldVsn, _S, crash) -> erlang:error(code_change_crash).

main(_) ->
    {ok, P} = gen_server:start(?MODULE, v1, []),
    io:format("~p~n", [sys:change_code(P, ?MODULE, "0.1", upgrade)]),
    ok = sys:suspend(P),
    io:format("~p~n", [sys:change_code(P, ?MODULE, "0.1", upgrade)]),
    io:format("~p~n", [sys:change_code(P, ?MODULE, {down, "0.0"}, refuse, 1000)]),
    R = sys:change_code(P, ?MODULE, "0.2", crash),
    io:format("~p~n", [element(1, R)]),
    ok = sys:resume(P),
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p~n", [gen:call(P, system, strange_request)]),
    ok.
