#!/usr/bin/env escript
-module(lg_module_level).
-export([main/1]).
-mode(compile).
-include_lib("kernel/include/logger.hrl").
%% Exercises: set_module_level/unset_module_level/get_module_level: per-module
%% levels overriding the primary level for ?LOG_* and for mfa metadata, errors

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(logger:get_module_level()),
    P(logger:set_module_level(?MODULE, debug)),
    P(logger:set_module_level([zeta, alpha], none)),
    P(logger:get_module_level()),
    P(logger:get_module_level(?MODULE)),
    P(logger:get_module_level([alpha, nothere])),
    ?LOG_DEBUG("debug from the module"),
    logger:debug("debug without mfa: primary level applies"),
    logger:debug("debug with this module's mfa", [], #{mfa => {?MODULE, main, 1}}),
    logger:error("error with alpha's mfa", [], #{mfa => {alpha, f, 0}}),
    flush(),
    P(logger:unset_module_level(alpha)),
    P(logger:get_module_level()),
    P(logger:unset_module_level()),
    P(logger:get_module_level()),
    ?LOG_DEBUG("not shown any more"),
    flush(),
    io:format("-- errors~n"),
    P(logger:set_module_level(?MODULE, loud)),
    P(logger:set_module_level("str", info)),
    P(logger:set_module_level([a, "b"], info)),
    P(logger:unset_module_level([a, 1])),
    P(logger:get_module_level()),
    io:format("done~n").

flush() -> logger_std_h:filesync(default).
