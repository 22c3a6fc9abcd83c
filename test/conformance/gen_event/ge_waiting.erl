#!/usr/bin/env escript
-module(ge_waiting).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: where a waiting manager is: current_function/current_stacktrace, before and after hibernation

main(_) ->
    {ok, M} = gen_event:start(),
    show(M),
    ok = gen_event:add_handler(M, ?MODULE, []),
    ok = gen_event:sync_notify(M, hib),
    show(M),
    ok = gen_event:sync_notify(M, wake),
    show(M),
    {ok, D} = gen_event:start({local, ge_waiting_mgr}, [{debug, [log]}]),
    show(D),
    ok = gen_event:stop(D),
    ok = gen_event:stop(M),
    io:format("done~n").

show(M) ->
    timer:sleep(20),
    io:format("~p~n", [process_info(M, [current_function, current_stacktrace, status])]).

init(S) -> {ok, S}.

handle_event(hib, S) -> {ok, S, hibernate};
handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.
