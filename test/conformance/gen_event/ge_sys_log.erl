#!/usr/bin/env escript
-module(ge_sys_log).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2]).
-mode(compile).
%% Exercises: sys:log on a manager: print, the events in get_status, {debug, [log]} at start

main(_) ->
    {ok, M} = gen_event:start({local, ge_sys_log_mgr}, [{debug, [{log, 5}]}]),
    ok = sys:log(M, false),
    ok = gen_event:add_handler(M, ?MODULE, 0),
    ok = sys:log(M, true),
    %% (only notify and info while logging: a call's tag holds a ref)
    gen_event:notify(M, one),
    M ! two,
    gen_event:notify(M, three),
    {ok, Log} = sys:log(M, get),
    io:format("~p~n", [Log]),
    {status, _, _, [_, _, _, _, Misc]} = sys:get_status(M),
    {data, Data} = lists:keyfind(data, 1, Misc),
    io:format("~p~n", [lists:keyfind("Logged Events", 1, Data)]),
    ok = sys:log(M, print),
    ok = sys:log(M, false),
    {ok, Log2} = sys:log(M, get),
    io:format("~p~n", [Log2]),
    io:format("~p~n", [gen_event:call(M, ?MODULE, get)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S + 1}.

handle_call(get, S) -> {ok, S, S}.

handle_info(_, S) -> {ok, S + 10}.
