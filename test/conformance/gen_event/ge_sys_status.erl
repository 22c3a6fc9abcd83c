#!/usr/bin/env escript
-module(ge_sys_status).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: sys:get_status of a manager: header, status data and installed handlers (no format_status)

main(_) ->
    {ok, M} = gen_event:start({local, ge_sys_status_mgr}),
    ok = gen_event:add_handler(M, ?MODULE, {state, 1}),
    ok = gen_event:add_handler(M, {?MODULE, 7}, [a, b]),
    {status, Pid, Mod, [PDict, SysState, _Parent, Debug, Misc]} = sys:get_status(M),
    io:format("~p ~p~n", [Pid =:= M, Mod]),
    io:format("~p~n", [[KV || {K, _} = KV <- PDict, K =/= '$ancestors']]),
    io:format("~p ~p~n", [SysState, Debug]),
    io:format("~p~n", [Misc]),
    {ok, A} = gen_event:start(),
    {status, _, _, [_, _, _, _, MiscA]} = sys:get_status(A, 1000),
    io:format("~p~n", [hd(MiscA)]),
    ok = sys:suspend(A),
    {status, _, _, [_, SysStateA | _]} = sys:get_status(A),
    io:format("~p~n", [SysStateA]),
    ok = sys:resume(A),
    ok = gen_event:stop(A),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.
