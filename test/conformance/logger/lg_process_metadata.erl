#!/usr/bin/env escript
-module(lg_process_metadata).
-export([main/1, log/2]).
-mode(compile).
%% Exercises: process metadata (set/update/get/unset_process_metadata), primary
%% metadata, and which wins when the call's metadata has the same keys

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = logger:remove_handler(default),
    ok = logger:add_handler(h, ?MODULE, #{}),
    P(logger:get_process_metadata()),
    P(logger:set_process_metadata(#{req => 1, who => proc})),
    logger:error("with process metadata"),
    P(logger:update_process_metadata(#{who => updated, extra => x})),
    P(logger:get_process_metadata()),
    logger:error("call metadata wins", [], #{who => call}),
    ok = logger:update_primary_config(#{metadata => #{who => primary, node_tag => n}}),
    logger:error("process metadata wins over primary"),
    P(logger:unset_process_metadata()),
    P(logger:get_process_metadata()),
    logger:error("primary metadata only"),
    Self = self(),
    spawn(fun() -> logger:error("other process"), Self ! done end),
    receive done -> ok end,
    P(e(catch logger:set_process_metadata(not_a_map))),
    P(e(catch logger:update_process_metadata([]))),
    io:format("done~n").

log(#{msg := M, meta := Meta}, _) ->
    io:format("~p ~p~n", [M, maps:without([pid, gl, time], Meta)]).

e({'EXIT', {R, _}}) -> {'EXIT', R};
e(X) -> X.
