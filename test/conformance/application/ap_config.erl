#!/usr/bin/env escript
%%! -config test/conformance/application/ap_config
-module(ap_config).
-export([main/1]).
-mode(compile).
%% Exercises: a sys.config file given to the emulator (-config on the %%! line):
%% its values override the application's own env when loaded, apply to
%% applications never loaded, and kernel's logger_level sets logger's level

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(application:get_env(apc_app, colour)),
    P(application:get_env(apc_other, only_config)),
    ok = application:load({application, apc_app, [{env, [{colour, red}, {weight, 7}]}]}),
    P(lists:sort(application:get_all_env(apc_app))),
    P(application:get_env(kernel, logger_level)),
    P(maps:get(level, logger:get_primary_config())),
    logger:notice("notice: below the configured level"),
    logger:warning("warning: shown"),
    logger_std_h:filesync(default),
    io:format("done~n").
