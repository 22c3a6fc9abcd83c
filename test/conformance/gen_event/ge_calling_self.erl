#!/usr/bin/env escript
-module(ge_calling_self).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: a handler calling its own manager (calling_self), notifying it, reading its name

main(_) ->
    {ok, M} = gen_event:start({local, ge_calling_self_mgr}),
    ok = gen_event:add_handler(M, {?MODULE, a}, []),
    ok = gen_event:add_handler(M, {?MODULE, b}, []),
    ok = gen_event:sync_notify(M, renotify),
    ok = gen_event:sync_notify(M, sync),
    io:format("~p~n", [gen_event:call(M, {?MODULE, a}, events)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, b}, events)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, a}, whoami)]),
    ok = gen_event:sync_notify(M, call_self),
    timer:sleep(50),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(renotify, S) ->
    gen_event:notify(self(), from_inside),
    {ok, [renotify | S]};
handle_event(call_self, _S) ->
    gen_event:which_handlers(self());
handle_event(E, S) ->
    {ok, [E | S]}.

handle_call(events, S) -> {ok, lists:reverse(S), S};
handle_call(whoami, S) ->
    {registered_name, N} = process_info(self(), registered_name),
    {ok, N, S}.
