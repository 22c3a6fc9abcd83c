#!/usr/bin/env escript
-module(ge_report_single_line).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: the reports' single_line form (logger_formatter single_line => true)

main(_) ->
    ok = logger:update_handler_config(default, formatter,
                                      {logger_formatter, #{single_line => true,
                                                           legacy_header => true}}),
    {ok, M} = gen_event:start({local, ge_report_single_line_mgr}),
    ok = gen_event:add_handler(M, ?MODULE, [1, 2, 3]),
    ok = gen_event:sync_notify(M, {crash, {some, reason}}),
    timer:sleep(50),
    ok = gen_event:add_handler(M, {?MODULE, x}, #{key => "value"}),
    M ! {unexpected, "info"},
    timer:sleep(50),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event({crash, R}, _S) -> exit(R).

handle_call(_, S) -> {ok, ok, S}.
