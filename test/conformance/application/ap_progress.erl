#!/usr/bin/env escript
-module(ap_progress).
-behaviour(application).
-export([main/1, start/2, stop/1, log/2]).
-mode(compile).
%% Exercises: the application controller's reports as logger events: the progress
%% report (level info, printed once the primary level allows it) and the exit
%% report, their metadata, and their single-line form

main(_) ->
    ok = application:load({application, apr, [{mod, {?MODULE, []}}]}),
    ok = application:load({application, apr_lib, []}),
    ok = logger:set_primary_config(level, info),
    ok = application:start(apr),
    ok = application:start(apr_lib),
    flush(),
    ok = logger:add_handler(h, ?MODULE, #{}),
    ok = application:stop(apr),
    ok = logger:remove_handler(h),
    flush(),
    ok = logger:update_formatter_config(default, single_line, true),
    ok = application:stop(apr_lib),
    ok = application:start(apr),
    flush(),
    io:format("done~n").

log(#{level := L, msg := {report, R}, meta := M}, _) ->
    io:format("handler: ~p ~p ~p ~p~n",
              [L, R, maps:get(domain, M), maps:get(error_logger, M, none) =/= none]).

start(normal, []) ->
    {ok, spawn_link(fun() -> receive after infinity -> ok end end)}.

stop(_) -> ok.

flush() -> timer:sleep(20), logger_std_h:filesync(default).
