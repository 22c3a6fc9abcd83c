#!/usr/bin/env escript
-module(ge_crash_report).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: a manager stopped with an abnormal reason: proc_lib's CRASH REPORT (terminate_server)

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, s),
    Ref = monitor(process, M),
    ok = gen_event:stop(M, {bad, reason}, infinity),
    receive {'DOWN', Ref, process, M, R} -> timer:sleep(50), io:format("down ~p~n", [R]) end,
    {ok, N} = gen_event:start({local, ge_crash_report_mgr}),
    Ref2 = monitor(process, N),
    exit(N, kill),
    receive {'DOWN', Ref2, process, N, R2} -> timer:sleep(50), io:format("down ~p~n", [R2]) end,
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(Arg, S) -> io:format("terminate ~p ~p~n", [Arg, S]).
