#!/usr/bin/env escript
-module(sysm_errors).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: how sys functions fail: {noproc, {sys, F, Args}} for a dead pid and an
%% unknown name, {timeout, {sys, F, Args}} for a busy server (with the timeout in
%% the arguments), unknown debug requests, get_state of a process whose callback
%% fails

init(S) -> {ok, S}.
handle_call(block, _From, S) -> timer:sleep(150), {reply, ok, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    [io:format("~p~n", [catch F()]) || F <- [
        fun() -> sys:get_state(Dead) end,
        fun() -> sys:suspend(sysm_errors_none) end,
        fun() -> sys:resume(Dead, 100) end,
        fun() -> sys:log(Dead, true) end,
        fun() -> sys:statistics(sysm_errors_none, get, 10) end,
        fun() -> sys:get_status(Dead) end]],
    {ok, P} = gen_server:start(?MODULE, s, []),
    Self = self(),
    spawn(fun() -> Self ! gen_server:call(P, block) end),
    timer:sleep(10),
    io:format("~p~n", [catch sys:get_status(P, 20)]),
    io:format("~p~n", [catch sys:suspend(P, 20)]),
    receive ok -> ok end,
    timer:sleep(200),
    io:format("~p~n", [gen:call(P, system, {debug, {strange, thing}})]),
    io:format("~p~n", [sys:get_state(P)]),
    ok.
