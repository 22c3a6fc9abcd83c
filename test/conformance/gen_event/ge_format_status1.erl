#!/usr/bin/env escript
-module(ge_format_status1).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2, format_status/1]).
-mode(compile).
%% Exercises: format_status/1 (the map form) for sys:get_status and the crash report

main(_) ->
    {ok, M} = gen_event:start({local, ge_format_status1_mgr}),
    ok = gen_event:add_handler(M, ?MODULE, {pw, "hunter2"}),
    {status, _, _, [_, _, _, _, Misc]} = sys:get_status(M),
    io:format("~p~n", [lists:keyfind(items, 1, Misc)]),
    ok = gen_event:sync_notify(M, {crash, {pw, "hunter2"}}),
    timer:sleep(50),
    ok = gen_event:add_handler(M, {?MODULE, 2}, {pw, "x"}),
    ok = gen_event:sync_notify(M, crash_reason_only),
    timer:sleep(50),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event({crash, S}, S) -> exit({bad, S});
handle_event(crash_reason_only, _S) -> exit(plain_reason);
handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(_Arg, _S) -> ok.

format_status(#{reason := {bad, _}} = St) ->
    io:format("keys ~p~n", [lists:sort(maps:keys(St))]),
    St#{state := censored, reason := {bad, censored}, message := censored_event};
format_status(#{reason := plain_reason} = St) ->
    io:format("keys ~p~n", [lists:sort(maps:keys(St))]),
    St#{reason := changed_reason};
format_status(St) ->
    io:format("keys ~p~n", [lists:sort(maps:keys(St))]),
    St#{state := {pw, "****"}}.
