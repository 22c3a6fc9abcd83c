#!/usr/bin/env escript
-module(ge_format_status2).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2, format_status/2]).
-mode(compile).
%% Exercises: format_status/2 in sys:get_status (normal) and in the crash report (terminate)

main(_) ->
    {ok, M} = gen_event:start({local, ge_format_status2_mgr}),
    ok = gen_event:add_handler(M, ?MODULE, {secret, 42}),
    ok = gen_event:add_handler(M, {?MODULE, plain}, other),
    {status, _, _, [_, _, _, _, Misc]} = sys:get_status(M),
    io:format("~p~n", [lists:keyfind(items, 1, Misc)]),
    put(key, value),
    ok = gen_event:sync_notify(M, {crash, {secret, 42}}),
    timer:sleep(50),
    ok = gen_event:sync_notify(M, {crash, other}),
    timer:sleep(50),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event({crash, S}, S) -> exit({bad_state, S});
handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(_Arg, _S) -> ok.

format_status(normal, [PDict, {secret, _}]) ->
    {hidden, is_list(PDict)};
format_status(terminate, [_PDict, {secret, _}]) ->
    {terminate_view, hidden};
format_status(_Opt, [_PDict, _S]) ->
    exit(format_status_failed).
