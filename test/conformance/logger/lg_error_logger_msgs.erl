#!/usr/bin/env escript
-module(lg_error_logger_msgs).
-export([main/1, log/2]).
-mode(compile).
%% Exercises: error_logger:error_msg/format/warning_msg/info_msg: their levels and
%% titles, newlines, formats that do not fit their arguments, the event logger sees

main(_) ->
    error_logger:error_msg("error_msg ~p~n", [1]),
    error_logger:error_msg("error_msg/1 without newline"),
    error_logger:format("format ~p", [2]),
    error_logger:warning_msg("warning_msg ~p~n", [3]),
    error_logger:warning_msg("warning_msg/1"),
    error_logger:info_msg("info_msg ~p~n", [4]),
    error_logger:info_msg("info_msg/1"),
    error_logger:error_msg("bad ~p ~p~n", [1]),
    error_logger:error_msg(atom_format, [1]),
    error_logger:error_msg("unicode ~ts~n", [[955]]),
    flush(),
    io:format("warning_map: ~p~n", [error_logger:warning_map()]),
    ok = logger:add_handler(h, ?MODULE, #{}),
    error_logger:info_msg("seen by a handler ~p", [5]),
    flush(),
    error_logger:error_msg("and an error ~p", [6]),
    ok = logger:remove_handler(h),
    flush(),
    io:format("done~n").

log(#{level := L, msg := M, meta := Meta}, _) ->
    io:format("handler: ~p ~p ~p~n", [L, M, maps:get(error_logger, Meta)]).

flush() -> logger_std_h:filesync(default).
