#!/usr/bin/env escript
-module(lg_primary_config).
-export([main/1]).
-mode(compile).
%% Exercises: get/set/update_primary_config: defaults, each key, whole maps, metadata
%% added to every event, and the error returns

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(logger:get_primary_config()),
    P(logger:set_primary_config(level, info)),
    P(logger:set_primary_config(level, all)),
    P(logger:set_primary_config(filter_default, stop)),
    P(logger:get_primary_config()),
    P(logger:set_primary_config(#{level => warning})),
    P(logger:get_primary_config()),
    P(logger:update_primary_config(#{metadata => #{app => demo}})),
    P(logger:update_primary_config(#{level => error})),
    P(logger:get_primary_config()),
    io:format("-- errors~n"),
    P(logger:set_primary_config(level, loud)),
    P(logger:set_primary_config(filter_default, maybe)),
    P(logger:set_primary_config(metadata, not_a_map)),
    P(logger:set_primary_config(handlers, [])),
    P(logger:set_primary_config(filters, [bad])),
    P(logger:set_primary_config(filters, not_a_list)),
    P(logger:set_primary_config(not_a_map)),
    P(logger:update_primary_config(#{level => 3})),
    P(logger:get_primary_config()),
    io:format("done~n").
