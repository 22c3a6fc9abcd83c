#!/usr/bin/env escript
-module(ge_undef).
-export([main/1]).
-export([init/1, handle_event/2]).
-mode(compile).
%% Exercises: undef in handlers: the report says 'function not exported' or 'module could not be loaded'
%% (no -behaviour attribute: handle_call/2 is missing on purpose)

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, s),
    %% handle_call/2 is not exported by this module
    R = gen_event:call(M, ?MODULE, query),
    timer:sleep(50),
    {error, {'EXIT', {undef, [Top | _]}}} = R,
    io:format("~p~n", [Top]),
    ok = gen_event:add_handler(M, ?MODULE, s),
    ok = gen_event:sync_notify(M, call_missing_module),
    timer:sleep(50),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(call_missing_module, S) ->
    ge_undef_no_such_module:f(S),
    {ok, S}.
