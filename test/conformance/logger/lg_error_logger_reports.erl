#!/usr/bin/env escript
-module(lg_error_logger_reports).
-export([main/1, log/2]).
-mode(compile).
%% Exercises: error_logger:error_report/warning_report/info_report with and without
%% a type: report layouts (lists, strings, maps, other terms), the domain a
%% non-standard type adds (and that the default handler then drops)

main(_) ->
    error_logger:error_report([{a, 1}, {b, "two"}, plain]),
    error_logger:error_report("a string report"),
    error_logger:error_report(#{m => 1, n => [1, 2]}),
    error_logger:error_report(an_atom),
    error_logger:error_report({a, tuple}),
    error_logger:error_report([1, 2, 3]),
    error_logger:warning_report([{w, 1}]),
    error_logger:info_report([{i, 1}]),
    error_logger:info_report(std_info, "standard type"),
    error_logger:error_report(my_type, [{dropped, by_domain}]),
    error_logger:info_report(progress, [{dropped, too}]),
    flush(),
    ok = logger:add_handler(h, ?MODULE, #{}),
    error_logger:error_report(my_type, [{typed, 1}]),
    error_logger:warning_report(std_warning, [{w, 2}]),
    ok = logger:remove_handler(h),
    flush(),
    io:format("done~n").

log(#{level := L, msg := M, meta := Meta}, _) ->
    io:format("handler: ~p ~p ~p ~p~n",
              [L, M, maps:get(error_logger, Meta), maps:get(domain, Meta, none)]).

flush() -> logger_std_h:filesync(default).
