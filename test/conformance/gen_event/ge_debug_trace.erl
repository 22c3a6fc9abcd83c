#!/usr/bin/env escript
-module(ge_debug_trace).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2]).
-mode(compile).
%% Exercises: {debug, [trace]} and sys:trace/log on a manager: the *DBG* lines for events, calls, others

main(_) ->
    %% (calls other than call/3 would print their tag, a ref: no sync_notify while tracing)
    {ok, T} = gen_event:start([{debug, [trace]}]),
    gen_event:notify(T, {tagged, "text"}),
    T ! {other, message},
    ok = sys:trace(T, false),
    io:format("~p~n", [gen_event:which_handlers(T)]),
    ok = gen_event:stop(T),
    {ok, M} = gen_event:start({local, ge_debug_trace_mgr}),
    ok = gen_event:add_handler(M, ?MODULE, 0),
    ok = sys:trace(M, true),
    gen_event:notify(M, inc),
    io:format("~p~n", [gen_event:call(M, ?MODULE, get)]),
    M ! just_info,
    gen_event:notify(M, inc),
    ok = sys:trace(M, false),
    ok = gen_event:sync_notify(M, inc),
    ok = sys:log(M, true),
    gen_event:notify(M, logged),
    io:format("~p~n", [gen_event:call(M, ?MODULE, get)]),
    {ok, Log} = sys:log(M, get),
    io:format("~p~n", [length(Log)]),
    ok = sys:log(M, false),
    {ok, A} = gen_event:start(),
    ok = sys:trace(A, true),
    gen_event:notify(A, unnamed),
    ok = sys:trace(A, false),
    ok = gen_event:stop(A),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(inc, S) -> {ok, S + 1};
handle_event(_, S) -> {ok, S}.

handle_call(get, S) -> {ok, S, S}.

handle_info(_, S) -> {ok, S}.
