#!/usr/bin/env escript
-module(ge_basic).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: gen_event start/add_handler/notify/sync_notify/call/which_handlers/stop

main(_) ->
    {ok, M} = gen_event:start(),
    io:format("alive ~p~n", [is_process_alive(M)]),
    io:format("handlers ~p~n", [gen_event:which_handlers(M)]),
    io:format("add ~p~n", [gen_event:add_handler(M, ?MODULE, 0)]),
    io:format("notify ~p~n", [gen_event:notify(M, {add, 5})]),
    io:format("sync ~p~n", [gen_event:sync_notify(M, {add, 7})]),
    io:format("call ~p~n", [gen_event:call(M, ?MODULE, get)]),
    io:format("call ~p~n", [gen_event:call(M, ?MODULE, {set, 100}, 1000)]),
    io:format("call ~p~n", [gen_event:call(M, ?MODULE, get)]),
    M ! {info, hello},
    io:format("sync ~p~n", [gen_event:sync_notify(M, {add, 1})]),
    io:format("handlers ~p~n", [gen_event:which_handlers(M)]),
    io:format("stop ~p~n", [gen_event:stop(M)]),
    io:format("alive ~p~n", [is_process_alive(M)]).

init(N) ->
    io:format("init ~p~n", [N]),
    {ok, N}.

handle_event({add, K}, N) ->
    io:format("event add ~p to ~p~n", [K, N]),
    {ok, N + K}.

handle_call(get, N) -> {ok, {value, N}, N};
handle_call({set, V}, N) -> {ok, {old, N}, V}.

handle_info(Info, N) ->
    io:format("info ~p in ~p~n", [Info, N]),
    {ok, N}.

terminate(Arg, N) ->
    io:format("terminate ~p ~p~n", [Arg, N]),
    ignored.
