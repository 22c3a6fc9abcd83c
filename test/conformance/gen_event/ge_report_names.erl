#!/usr/bin/env escript
-module(ge_report_names).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: the crash report's "Was installed in" for pid, local, global and via names; long terms wrap

main(_) ->
    {ok, P} = gen_event:start(),
    {ok, L} = gen_event:start({local, ge_report_names_local}),
    {ok, G} = gen_event:start({global, {ge_report_names, global}}),
    {ok, V} = gen_event:start({via, global, ge_report_names_via}),
    [crash(M) || M <- [P, L, G, V]],
    ok = gen_event:add_handler(P, {?MODULE, [long, id, "with a string"]},
                               lists:seq(1, 40)),
    ok = gen_event:sync_notify(P, {crash, {a_rather_long_reason, lists:duplicate(12, word)}}),
    timer:sleep(50),
    [ok = gen_event:stop(M) || M <- [P, L, G, V]],
    io:format("done~n").

crash(M) ->
    ok = gen_event:add_handler(M, ?MODULE, state),
    ok = gen_event:sync_notify(M, {crash, because}),
    timer:sleep(50).

init(S) -> {ok, S}.

handle_event({crash, R}, _S) -> exit(R).

handle_call(_, S) -> {ok, ok, S}.
