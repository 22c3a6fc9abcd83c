#!/usr/bin/env escript
-module(lg_macros).
-export([main/1, log/2]).
-mode(compile).
-include_lib("kernel/include/logger.hrl").
%% Exercises: the ?LOG_* macros: location metadata (mfa, line, file), arities 1-3,
%% ?LOG(Level, ...), allow/2 with module levels

main(_) ->
    ok = logger:remove_handler(default),
    ok = logger:add_handler(show, ?MODULE, #{}),
    ?LOG_ERROR("error ~p", [1]),
    ?LOG_WARNING(#{report => 2}),
    ?LOG_NOTICE("notice ~p", [3], #{extra => meta}),
    ?LOG_INFO("info is below the primary level"),
    ?LOG(critical, "via ?LOG"),
    inner(),
    io:format("allow error: ~p, info: ~p~n",
              [logger:allow(error, ?MODULE), logger:allow(info, ?MODULE)]),
    ok = logger:set_module_level(?MODULE, debug),
    io:format("after set_module_level: info ~p~n", [logger:allow(info, ?MODULE)]),
    ?LOG_DEBUG("debug now allowed"),
    ok = logger:set_module_level(?MODULE, error),
    ?LOG_WARNING("warning now below the module level"),
    ok = logger:remove_handler(show),
    io:format("done~n").

inner() ->
    ?LOG_ALERT("from inner ~s", ["fun"]).

%% A handler that prints what the default handler would not show.
log(#{level := L, msg := Msg, meta := Meta}, _) ->
    io:format("~p ~p ~p line ~p ~p~n",
              [L, Msg, maps:get(mfa, Meta), maps:get(line, Meta) > 0,
               maps:with([extra, file], Meta)]).
