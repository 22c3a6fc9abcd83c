#!/usr/bin/env escript
-module(ge_report_depth).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: the reports with a formatter depth (~P), single and multi-line

main(_) ->
    ok = logger:update_handler_config(default, formatter,
                                      {logger_formatter, #{depth => 4,
                                                           legacy_header => true}}),
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, lists:seq(1, 20)),
    ok = gen_event:sync_notify(M, {crash, {deep, [a, [b, [c, [d, [e]]]]]}}),
    timer:sleep(50),
    ok = gen_event:add_handler(M, {?MODULE, info}, {a, {b, {c, {d, e}}}}),
    M ! {unexpected, [1, 2, 3, 4, 5, 6]},
    timer:sleep(50),
    ok = logger:update_handler_config(default, formatter,
                                      {logger_formatter, #{depth => 3, single_line => false,
                                                           legacy_header => true}}),
    ok = gen_event:sync_notify(M, {crash, {deep, [a, [b, [c, [d, [e]]]]]}}),
    timer:sleep(50),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event({crash, R}, _S) -> exit(R).

handle_call(_, S) -> {ok, ok, S}.
