#!/usr/bin/env escript
-module(lg_handler_filters).
-export([main/1, log/2]).
-mode(compile).
%% Exercises: handler filters (add_handler_filter/remove_handler_filter), the
%% progress filter, level filters with each operator, a filter list given in the config

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = logger:remove_handler(default),
    ok = logger:set_primary_config(level, all),
    ok = logger:add_handler(h, ?MODULE, #{filters => [{no_progress, {fun logger_filters:progress/2, stop}}]}),
    logger:info(#{label => {supervisor, progress}, report => []}),
    logger:info(#{label => {supervisor, other}, report => []}),
    P(logger:add_handler_filter(h, lvl, {fun logger_filters:level/2, {log, gteq, error}})),
    P(logger:add_handler_filter(h, lvl, {fun logger_filters:level/2, {log, gteq, error}})),
    P(logger:add_handler_filter(nope, lvl, {fun logger_filters:level/2, {log, gteq, error}})),
    logger:notice("notice: no filter decides, filter_default log"),
    logger:critical("critical: logged by lvl"),
    P(logger:set_handler_config(h, filter_default, stop)),
    logger:notice("notice: now stopped"),
    logger:error("error: logged by lvl"),
    P(logger:remove_handler_filter(h, lvl)),
    P(logger:remove_handler_filter(h, lvl)),
    lists:foreach(
      fun(Op) ->
              ok = logger:set_handler_config(h, filters, [{op, {fun logger_filters:level/2, {log, Op, warning}}}]),
              io:format("~p:~n", [Op]),
              [logger:log(L, "~p", [L]) || L <- [error, warning, notice]]
      end, [lt, lteq, eq, neq, gteq, gt]),
    {ok, #{filters := Fs}} = logger:get_handler_config(h),
    P(Fs),
    io:format("done~n").

log(#{level := L, msg := M}, _) ->
    io:format("  log ~p ~p~n", [L, M]).
