#!/usr/bin/env escript
-module(lg_std_h_config).
-export([main/1]).
-mode(compile).
%% Exercises: logger_std_h's configuration: the default handler's config, a
%% standard_error handler, invalid configs, write-once keys refused on change

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(logger:get_handler_config(default)),
    P(logger:add_handler(err, logger_std_h, #{config => #{type => standard_error}})),
    {ok, #{config := C}} = logger:get_handler_config(err),
    P(C),
    P(logger:add_handler(b1, logger_std_h, #{config => #{type => bad}})),
    P(logger:add_handler(b2, logger_std_h, #{config => #{unknown_key => 1}})),
    P(logger:add_handler(b3, logger_std_h, #{config => #{type => standard_io, max_no_files => 3}})),
    P(logger:update_handler_config(err, config, #{type => standard_io})),
    P(logger:update_handler_config(err, config, #{sync_mode_qlen => 5})),
    {ok, #{config := C2}} = logger:get_handler_config(err),
    P(maps:get(sync_mode_qlen, C2)),
    P(logger:remove_handler(err)),
    P(logger:get_handler_ids()),
    io:format("done~n").
