#!/usr/bin/env escript
-module(lg_handler_api).
-export([main/1, adding_handler/1, removing_handler/1, log/2]).
-mode(compile).
%% Exercises: a user handler module: add_handler (adding_handler/1 may change the
%% config), log/2 called with the event and config, get_handler_ids, remove_handler
%% (removing_handler/1), and add_handler's errors

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = logger:remove_handler(default),
    P(logger:add_handler(mine, ?MODULE, #{config => #{tag => one}})),
    P(logger:get_handler_ids()),
    P(logger:get_handler_config(mine)),
    logger:error("hello ~p", [world]),
    logger:warning(#{a => report}),
    logger:info("info is filtered by the primary level"),
    P(logger:add_handler(mine, ?MODULE, #{})),
    P(logger:add_handler(second, ?MODULE, #{level => error})),
    P(logger:get_handler_ids()),
    logger:warning("warning: only mine"),
    logger:error("error: both"),
    P(logger:remove_handler(second)),
    P(logger:remove_handler(second)),
    io:format("-- errors~n"),
    P(logger:add_handler("id", ?MODULE, #{})),
    P(logger:add_handler(h, "mod", #{})),
    P(logger:add_handler(h, no_such_module, #{})),
    P(logger:add_handler(h, ?MODULE, not_a_map)),
    P(logger:add_handler(h, ?MODULE, #{level => loud})),
    P(logger:add_handler(h, ?MODULE, #{filter_default => maybe})),
    P(logger:add_handler(h, ?MODULE, #{formatter => bad})),
    P(logger:add_handler(h, ?MODULE, #{config => refuse})),
    P(logger:get_handler_ids()),
    P(logger:remove_handler(mine)),
    P(logger:get_handler_ids()),
    io:format("done~n").

adding_handler(#{config := refuse}) ->
    {error, refused};
adding_handler(Config) ->
    io:format("adding ~p~n", [maps:get(id, Config)]),
    {ok, Config#{added_by_callback => true}}.

removing_handler(#{id := Id}) ->
    io:format("removing ~p~n", [Id]).

log(#{level := L, msg := M}, #{id := Id} = Config) ->
    io:format("~p got ~p ~p (config keys ~p)~n", [Id, L, M, lists:sort(maps:keys(Config))]).
