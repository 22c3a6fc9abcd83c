#!/usr/bin/env escript
-module(lg_primary_filters).
-export([main/1, log/2]).
-mode(compile).
%% Exercises: primary filters: logger_filters:level/2 and domain/2, a fun that
%% changes the event, stop/ignore, filter_default stop, duplicate and unknown ids

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = logger:remove_handler(default),
    ok = logger:add_handler(h, ?MODULE, #{}),
    P(logger:add_primary_filter(no_warnings, {fun logger_filters:level/2, {stop, eq, warning}})),
    logger:warning("dropped"),
    logger:error("kept"),
    P(logger:add_primary_filter(tag, {fun(#{meta := M} = E, T) -> E#{meta => M#{tag => T}} end, tagged})),
    logger:error("tagged event"),
    P(logger:add_primary_filter(tag, {fun(E, _) -> E end, x})),
    P(logger:add_primary_filter(bad, not_a_filter)),
    P(logger:add_primary_filter("bad id", {fun logger_filters:level/2, x})),
    P(logger:remove_primary_filter(no_warnings)),
    P(logger:remove_primary_filter(no_warnings)),
    logger:warning("warning back"),
    P(logger:remove_primary_filter(tag)),
    io:format("-- filter_default stop~n"),
    P(logger:set_primary_config(filter_default, stop)),
    logger:error("nothing decides: stopped"),
    P(logger:add_primary_filter(mine, {fun logger_filters:domain/2, {log, sub, [mine]}})),
    logger:error("no domain: stopped"),
    logger:error("domain [mine, x]: logged", [], #{domain => [mine, x]}),
    logger:error("domain [other]: stopped", [], #{domain => [other]}),
    P(logger:get_primary_config()),
    io:format("done~n").

log(#{level := L, msg := M, meta := Meta}, _) ->
    io:format("log ~p ~p ~p~n", [L, M, maps:get(tag, Meta, none)]).
